/**
 * A championship preview that recalls past editions under scene lines ("Rotterdam, 19 August
 * 2034."), a round-up from a city whose race a runner won there "a year ago", and a dateline of the
 * same form. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const PREVIEW = [
  'PREVIEW: Vasquez chases a third straight European 1500m crown',
  'GDANSK, Saturday 14 August 2038',
  "On Sunday evening Elin Vasquez will try to win the women's 1500m title a third time. If Friday's semi-finals are anything to go by, it will not be easy.",
  "Rotterdam, 19 August 2034. A 21-year-old Vasquez sat on the rail for three laps. She won in 4:05.33, with the Netherlands' Hanna de Groot taking silver in 4:05.90.",
  'Lisbon, 13 August 2036. A very different final. Vasquez won in 4:01.87, a championship record.',
].join('\n\n');

describe('scene lines of past editions in a preview', () => {
  const races = deriveReport(PREVIEW);

  it('open a race of their own, dated by the line, for each past edition', () => {
    const rotterdam = races.find((r) => r.date?.value === '2034-08-19');
    const lisbon = races.find((r) => r.date?.value === '2036-08-13');
    expect(resultRows(rotterdam!)).toEqual([
      ['Elin Vasquez', 1, 245.33],
      ['Hanna de Groot', null, 245.9],
    ]);
    expect(resultRows(lisbon!)).toEqual([['Elin Vasquez', 1, 241.87]]);
  });

  it('leave a line of the same form in a report of that year to be its dateline', () => {
    const races = deriveReport(
      [
        '[Translated from Polish. Original published by Tygodnik Lekkoatletyczny.]',
        'Silver for Wroblewski! A Pole on the European podium in the 110 m hurdles',
        'Birmingham, 12 August 2026. Author: Pawel Nowak',
        "Kacper Wroblewski finished second in Wednesday's final of the 110 m hurdles at the European Championships in Birmingham, with a time of 13.18 s.",
      ].join('\n\n'),
    );
    expect(races).toHaveLength(1);
    expect(races[0]?.date?.value).toBe('2026-08-12');
  });
});

describe('a past win told with the city of the race in hand', () => {
  it('is not a result of the race in hand ("who won the race in Rome a year ago")', () => {
    const races = deriveReport(
      [
        "ROME, June 4 (Reuters) - Norway's Eirik Sletten won the men's 1500m at the Golden Gala in 3:29.88. Kenya's Brian Chesire was second in 3:30.14.",
        "Australia's Ollie Dunstan-Reyes, who won the race in Rome a year ago, faded badly on the last lap to finish ninth.",
      ].join('\n\n'),
    );
    const now = races.find((r) => r.results.some((x) => x.athlete === 'Eirik Sletten'));
    expect(resultRows(now!)).toEqual([
      ['Eirik Sletten', 1, 209.88],
      ['Brian Chesire', 2, 210.14],
      ['Ollie Dunstan-Reyes', 9, null],
    ]);
  });
});
