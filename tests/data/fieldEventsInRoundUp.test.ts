/**
 * A meeting round-up tells field events among the races ("cleared 2.01m to win the women's high
 * jump"): their winners are no race's results. Invented athletes and marks.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('field events in a round-up', () => {
  it('keeps the winners of a high jump, a javelin and a shot out of the race told before them', () => {
    const races = deriveReport(
      "Morocco's Samir Idrissi won the men's 3000m steeplechase in 8:05.33 at the Bergen meeting. " +
        "In the field, Ukraine's Olena Hrytsenko cleared 2.01m to win the women's high jump, and Sweden's Lars Ek took the javelin with 88.14m. " +
        'Tomas Brandt won the shot with 21.40m.',
    );
    expect(races.map(resultRows)).toEqual([[['Samir Idrissi', 1, 485.33]]]);
  });

  it('still reads a race told in the same sentence as a field event, in its own clause', () => {
    const races = deriveReport(
      "At the national championships on Saturday, Kate Lowry won the women's long jump with 6.71m, " +
        "and Megan Rowe took the women's 400m hurdles in 55.48.",
    );
    expect(races.map(resultRows)).toEqual([[['Megan Rowe', 1, 55.48]]]);
  });
});
