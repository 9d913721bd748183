/**
 * Reports that tell two meetings of the same runners, this season's and one from the year before,
 * and the wordings around them: "On June 8 last year in Oslo, …", "X, who had led at the bell, was
 * swamped …", "the metric mile", "from 600m out", "a 3:49.88 best". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const racesOf = (text: string) =>
  deriveReport(text).map((r) => ({
    event: r.event?.value ?? null,
    date: r.date?.value ?? null,
    results: resultRows(r),
  }));

const REPORT =
  'THE DISPATCH\nIssue 12 · Wednesday, July 9, 2025\n\nA rivalry\n\n' +
  "If you follow the metric mile, you know Ireland's Conor Walsh and Kenya's Peter Kiprop. " +
  'The latest instalment, last Saturday, July 5, at the Prefontaine Classic in Eugene, was the best yet.\n\n' +
  'Walsh won in 3:30.84, edging Kiprop (3:31.02). The Swede Olle Berg, who did the work from 600m out, ' +
  'hung on for third in 3:31.55.\n\n' +
  'On June 8 last year in Oslo, at the Bislett Games, it was a very different story. Kiprop, then still ' +
  "an unknown, ran away from everyone to win in 3:32.17. Algeria's Amine Saadi was second in 3:32.61, " +
  'and Walsh, who had led at the bell, was swamped and finished third in 3:32.90.\n\n' +
  'Walsh owns a 3:49.88 best for the mile indoors.';

describe('a report on two meetings a year apart', () => {
  it('reads this season\'s race, with "the metric mile" as the 1500m and no race at "600m out"', () => {
    const races = racesOf(REPORT);
    expect(races.map((r) => [r.event, r.date])).toEqual([
      ['1500m', '2024-06-08'],
      ['1500m', '2025-07-05'],
    ]);
    expect(races[1]?.results).toEqual([
      ['Conor Walsh', 1, 210.84],
      ['Peter Kiprop', 2, 211.02],
      ['Olle Berg', 3, 211.55],
    ]);
  });

  it('a sentence opening on "June 8 last year" sets the scene: what follows is that race, dated a year back', () => {
    expect(racesOf(REPORT)[0]?.results).toEqual([
      ['Peter Kiprop', 1, 212.17],
      ['Amine Saadi', 2, 212.61],
      ['Conor Walsh', 3, 212.9],
    ]);
  });
});

describe('datelines and weekdays', () => {
  it("a weekday in the report counts back from the dateline rather than taking the dateline's day", () => {
    const text =
      'Gold for Toro\n\nLOS ANGELES, July 22, 2028 — For 24 laps Mercy Toro did nothing at all.\n\n' +
      "Toro won Friday night's women's 10,000 metres final at the Olympics in 30:43.25.";
    expect(racesOf(text).map((r) => r.date)).toEqual(['2028-07-21']);
  });

  it('a heat run "on Saturday" of a report headed "Stadium, Town, Sunday 27 July 2025" is dated the Saturday', () => {
    const text =
      'PRESS RELEASE\n\nRiverside Stadium, Kilbeg, Sunday 27 July 2025\n\n' +
      "Cian Moran won the men's 200m final at the National Championships this afternoon in 20.61. " +
      'He had won the 100m on Saturday in 10.31.';
    expect(racesOf(text).map((r) => [r.event, r.date])).toEqual([
      ['100m', '2025-07-26'],
      ['200m', '2025-07-27'],
    ]);
  });
});
