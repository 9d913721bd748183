/**
 * A city marathon report that names a runner by an earlier win ("The 2029 Dubai Marathon winner
 * dropped Chepngetich …"): a title, not a race told. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a runner named by an earlier marathon win', () => {
  const races = deriveReport(
    "The women's race at the Lakeshore Marathon was a tactical affair until the final 10K, when Meseret Tola of Ethiopia " +
      "turned the screw. The 2029 Dubai Marathon winner dropped Kenya's Vivian Kosgei at the 33K drinks station and won in 2:21:09. " +
      'Kosgei hung on for the runner-up spot in 2:21:50.',
  );

  it('takes "the 2029 Dubai Marathon winner" for the runner in hand, and the race for the one reported', () => {
    expect(races.map((r) => [r.name, resultRows(r)])).toEqual([
      [
        "Lakeshore Marathon – Women's marathon",
        [
          ['Meseret Tola', 1, 8469],
          ['Vivian Kosgei', 2, 8510],
        ],
      ],
    ]);
  });
});
