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

  it('keeps a wire report in its championship after "X, the 2026 Diamond League 5000m champion …, was"', () => {
    const races = deriveReport(
      "BEIJING, Sept 12 (Reuters) - Ethiopia's Tsige Worku won the women's 10,000 metres at the 2027 world championships on Sunday in 30:12.46.\n\n" +
        'Mary Chebet, the 2026 Diamond League 5000m champion after a win in Zurich, was gracious in defeat.\n\n' +
        "Japan's Haruka Mori finished fourth in 30:25.31.",
    );
    const worlds = races.find((r) => r.name.includes('World Championships'));
    expect(worlds && resultRows(worlds)).toEqual([
      ['Tsige Worku', 1, 1812.46],
      ['Haruka Mori', 4, 1825.31],
    ]);
  });

  it('still moves the report to the final named in "Ellison, the only American to reach the final, made it …"', () => {
    const races = deriveReport(
      "Sara Ellison won the second semi-final of the women's 100m at the Brisbane 2032 Olympics in 10.92.\n\n" +
        'Later in the evening, Ellison, the only American to reach the final, made it a night to remember. She took bronze in 10.88.',
    );
    expect(races.map((r) => [r.name, resultRows(r)])).toEqual([
      ["Brisbane 2032 Olympics – Women's 100m final", [['Sara Ellison', 3, 10.88]]],
      ["Brisbane 2032 Olympics – Women's 100m semi-final 2", [['Sara Ellison', 1, 10.92]]],
    ]);
  });
});
