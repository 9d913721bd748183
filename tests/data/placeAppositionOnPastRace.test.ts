/**
 * "Tanui, bronze medallist in the event at the 2029 World Championships in a personal best of
 * 8:09.31, moved to the front": a runner's place in another race, told in an apposition closed
 * before the main verb, does not move the report to that race. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("an apposition on a runner's place in a past championship", () => {
  it('keeps the places told after it in the race being reported', () => {
    const races = deriveReport(
      "Daniel Rotich won the men's 3000m steeplechase final at the 2030 Commonwealth Games in 8:14.62, with Canada's Liam Brouwer second in 8:16.03.\n\n" +
        'For most of the race it had looked like a Kenyan sweep. Edwin Kosgei, bronze medallist in the event at the 2029 World Championships in a personal best of 8:09.31, moved to the front with 600 metres to go.\n\n' +
        "Australia's Harrison Doyle was sixth in 8:24.55.",
    );
    const byName = Object.fromEntries(races.map((r) => [r.name, resultRows(r)]));
    expect(byName).toEqual({
      "2029 World Championships – Men's 3000m steeplechase": [['Edwin Kosgei', 3, 489.31]],
      "Commonwealth Games 2030 – Men's 3000m steeplechase final": [
        ['Daniel Rotich', 1, 494.62],
        ['Liam Brouwer', 2, 496.03],
        ['Harrison Doyle', 6, 504.55],
      ],
    });
  });
});
