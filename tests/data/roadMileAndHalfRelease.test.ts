/**
 * A street mile report and a half marathon press release: "the European indoor 1500m silver
 * medalist" names no event of the race, "runner-up on Fifth Avenue two years ago" is an apposition
 * on the race's edition two years before (her place there) that leaves the clause's win in the race
 * in hand, and "TOP FIVE – MEN" and "TOP
 * FIVE – WOMEN" head the two lists. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a street mile report', () => {
  const races = deriveReport(
    "NEW YORK, Sept. 8, 2030 — Sweden's Jakob Enger and Britain's Kirsty MacAlpine won the professional " +
      'races at the Fifth Avenue Mile on Sunday.\n\n' +
      'Enger, the European indoor 1500m silver medalist, kicked clear to win in 3:50.4. ' +
      "Ireland's Owen McCrae was second in 3:51.0.\n\n" +
      "The women's race was a closer affair. MacAlpine, runner-up on Fifth Avenue two years ago, tracked " +
      "Kenya's Esther Wanjiku until the final 150 meters and won in 4:14.8. Jenna Oke was third in 4:16.9.",
  );

  it("keeps both races the mile, and the win told after a past runner-up place in this year's race", () => {
    // (The runner-up place two years ago is the 2028 edition's.)
    expect(races.map((r) => [r.name, resultRows(r)])).toEqual([
      [
        'Fifth Avenue Mile 2030 – mile',
        [
          ['Jakob Enger', 1, 230.4],
          ['Owen McCrae', 2, 231],
        ],
      ],
      [
        "Fifth Avenue Mile 2030 – Women's mile",
        [
          ['Kirsty MacAlpine', 1, 254.8],
          ['Jenna Oke', 3, 256.9],
        ],
      ],
      ["Fifth Avenue Mile 2028 – Women's mile", [['Kirsty MacAlpine', 2, null]]],
    ]);
  });
});

describe('a half marathon press release with two top-five lists', () => {
  const races = deriveReport(
    'Porto, 26 March 2034\n\n' +
      "In the women's race, Beatrice Jepchirchir pulled away to win the Porto Harbour Half Marathon in 1:05:11.\n\n" +
      'TOP FIVE – MEN\n1. Amos Kibet (KEN) 59:02\n2. Dawit Gebre (ETH) 59:15\n\n' +
      'TOP FIVE – WOMEN\n1. Beatrice Jepchirchir (KEN) 1:05:11\n2. Almaz Worke (ETH) 1:05:29',
  );

  it('puts each list in the race of the sex its heading names', () => {
    const men = races.find((r) => r.results.some((x) => x.athlete === 'Amos Kibet'));
    expect(men?.name).toMatch(/Men's half marathon/);
    expect(men && resultRows(men)).toEqual([
      ['Amos Kibet', 1, 3542],
      ['Dawit Gebre', 2, 3555],
    ]);
  });
});
