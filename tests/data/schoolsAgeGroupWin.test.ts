/**
 * A schools championships: "took the intermediate boys' 100m in 11.06" is a win of that race, as
 * "took the boys' 100m in 11.06" is. Invented runners and times.
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
});
