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

describe('a past edition told without its name', () => {
  const text =
    'Hale retains national 1500m title\n\nCANBERRA, March 14, 2026 — ' +
    "Rhys Hale won the men's 1500m at the national championships in 3:36.20. " +
    'Tom Birch, who won the title here last year, was second in 3:36.71. ' +
    'Hale, fourth at the Commonwealth Games in 2022, had as previous best mark 3:34,10. ' +
    'Birch, who set his best of 3:33.05 at the Oceania Championships in 2024, was pleased.';

  it('puts "who won the title here last year" in a past race, and keeps the main verb after it in this one', () => {
    const races = racesOf(text);
    const now = races.find((r) => r.results.some(([, place]) => place === 2));
    expect(now?.results).toEqual([
      ['Rhys Hale', 1, 216.2],
      ['Tom Birch', 2, 216.71],
    ]);
    expect(races.find((r) => r !== now)?.results).toEqual([['Tom Birch', 1, null]]);
  });

  it('reads "set his best of" and "previous best mark" as bests, not results', () => {
    const times = racesOf(text).flatMap((r) => r.results.map(([, , time]) => time));
    expect(times).not.toContain(213.05);
    expect(times).not.toContain(214.1);
    expect(times).toEqual(expect.arrayContaining([216.2, 216.71]));
  });
});

describe('history around the race now reported', () => {
  it('"a night to remember … at the Grand Prix" names the race reported, not a past one', () => {
    const text =
      'Double for Kelby\n\nThursday, June 19, 2025\n\n' +
      'IT was a night to remember for Kelby AC at the Northern Milers Grand Prix on Saturday (June 14). ' +
      "Ruth Amos won the women's 800m in 2:03.10.";
    const races = deriveReport(text);
    expect(races.map((r) => [r.name, r.date?.value ?? null])).toEqual([
      [expect.stringMatching(/Northern Milers Grand Prix/), '2025-06-14'],
    ]);
  });

  it('a past final told in passing names neither the race reported nor the results list headed by its event', () => {
    const text =
      "NAIROBI, June 13, 2026 — In the women's 1500m, Faith Wanjiku ran away from the field to win. " +
      "She had missed last season's Diamond League final through injury.\n\n" +
      "Paul Otieno took the men's 100m in 10.09.\n\n" +
      "Women's 1500m: 1. Faith Wanjiku 4:01.86, 2. Joy Akinyi 4:02.40.";
    const races = racesOf(text);
    expect(races).toContainEqual({
      event: '1500m',
      date: '2026-06-13',
      results: [
        ['Faith Wanjiku', 1, 241.86],
        ['Joy Akinyi', 2, 242.4],
      ],
    });
    expect(deriveReport(text).find((r) => r.results.length === 2)?.name).not.toMatch(/Diamond League/);
  });

  it('"Twelve months ago, in the same final, he was only fourth" is last year\'s final, not this one', () => {
    const text =
      'Clarke wins\n\nJoel Clarke won the 400m final at the Jamaican trials in 44.35 on Saturday. Twelve ' +
      'months ago, in the same final, he was only fourth in 45.02.';
    const races = deriveReport(text);
    const now = races.find((r) => r.name.includes('final'));
    expect(now && resultRows(now)).toEqual([['Joel Clarke', 1, 44.35]]);
    expect(races.filter((r) => r !== now).map(resultRows)).toEqual([[['Joel Clarke', 4, 45.02]]]);
  });
});
