/**
 * A schools championships: "took the intermediate boys' 100m in 11.06" is a win of that race, as
 * "took the boys' 100m in 11.06" is, and "runner-up Jack Pember" named after the word is second
 * (where "last year's runner-up" is a title of another race). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a schools age group before the event won', () => {
  it('reads "took the intermediate boys\' 100m in 11.06" as the win', () => {
    const races = deriveReport(
      "Kwame Boateng of the Wakeman School took the intermediate boys' 100m in 11.06, ahead of Jack Pember in 11.19.",
    );
    expect(races.map(resultRows)[0]?.[0]).toEqual(['Kwame Boateng', 1, 11.06]);
  });

  it("reads the runner-up named after the word as second, but not last year's runner-up", () => {
    const races = deriveReport(
      [
        "Kwame Boateng took the intermediate boys' 100m in 11.06, just holding off runner-up Jack Pember (Adams' Grammar), who was timed at 11.19.",
        '',
        "Last year's runner-up Tom Fisher was fifth.",
      ].join('\n'),
    );
    expect(races.map(resultRows)).toEqual([
      [
        ['Kwame Boateng', 1, 11.06],
        ['Jack Pember', 2, 11.19],
        ['Tom Fisher', 5, null],
      ],
    ]);
  });
});
