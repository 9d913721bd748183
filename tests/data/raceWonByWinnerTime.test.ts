/**
 * "finished second in a high-quality race won by American Danielle Myers in a world-leading 52.64":
 * the time set after the winner named after "won by" is the winner's, not the subject's. Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a race "won by" a runner "in" a time', () => {
  it("gives the time to the winner named after 'won by'", () => {
    const [race] = deriveReport(
      "Results\n\nZofia Kaczmarek finished second in the women's 400m hurdles, a high-quality race won by " +
        'American Danielle Myers in a world-leading 52.64.',
    );
    expect(resultRows(race!)).toEqual([
      ['Danielle Myers', 1, 52.64],
      ['Zofia Kaczmarek', 2, null],
    ]);
  });
});
