/**
 * "clocking 8:05.33 to beat Kenya's Abraham Sang, the runner-up in 8:06.10": the apposition tells
 * the beaten runner's place and time; the winner keeps his own, even after a last lap's split.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('the runner-up told in an apposition', () => {
  it('gives "the runner-up in" time to the name before it, and the clocking after a last-lap split to the winner', () => {
    const races = deriveReport(
      "Morocco's Karim Alaoui won a tactical steeplechase at the Bergen meeting with a 58-second last lap, " +
        "clocking 8:05.33 to beat Kenya's Daniel Rotich, the runner-up in 8:06.10. Per Lunde was third.",
    );
    expect(races.map(resultRows)).toEqual([
      [
        ['Karim Alaoui', 1, 485.33],
        ['Daniel Rotich', 2, 486.1],
        ['Per Lunde', 3, null],
      ],
    ]);
  });

  it('still reads "an opening lap clocking in at 55.1 seconds" as a split, not a result', () => {
    const races = deriveReport(
      "Karim Alaoui won the men's 1500m at the Bergen meeting in 3:31.20, with Daniel Rotich's opening lap clocking in at 55.1 seconds.",
    );
    expect(races.map(resultRows)).toEqual([[['Karim Alaoui', 1, 211.2]]]);
  });
});
