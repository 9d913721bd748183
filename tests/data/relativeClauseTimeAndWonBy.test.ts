/**
 * A college championships report: "The Hollister State sophomore, who had clocked the fastest time of
 * the heats the night before, 11.21, came back … and won it in 11.14" (a time set off by commas inside a
 * relative clause does not end it, so the main clause keeps its subject), and "a race won in 1:48.95
 * by Hollister State's Devontae Price" (the winner, and the time, of the one named after "by").
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Okoro finishes the job',
  '',
  'PHILADELPHIA — If Friday belonged to the distance runners, Saturday belonged to Adaeze Okoro.',
  '',
  "The Hollister State sophomore, who had clocked the fastest time of the heats the night before, 11.21, came back in the women's 100 meters final on Saturday afternoon and won it in 11.14. Janae Whitfield of Carver University was second in 11.29.",
  '',
  "On Friday, Marcus Delacroix-Hughes had finished fourth in the men's 800 meters, a race won in 1:48.95 by Hollister State's Devontae Price.",
].join('\n');

describe('a relative clause with a time set off in it, and a race won by the one named after "by"', () => {
  const races = deriveReport(REPORT);

  it("gives the sophomore the final's win and time", () => {
    const final = races.find((r) => r.name.includes('100m final'));
    expect(final && resultRows(final)).toEqual([
      ['Adaeze Okoro', 1, 11.14],
      ['Janae Whitfield', 2, 11.29],
    ]);
  });

  it('gives the 800m win and its time to the runner named after "by"', () => {
    const race = races.find((r) => r.name.includes('800m'));
    expect(race && resultRows(race)).toEqual([
      ['Devontae Price', 1, 108.95],
      ['Marcus Delacroix-Hughes', 4, null],
    ]);
  });
});
