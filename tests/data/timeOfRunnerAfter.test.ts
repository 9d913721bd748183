/**
 * "clocking 13.41 behind the 13.36 of Tom Ashwell": the first time is the subject's (not a gap),
 * the second the time of the one named after "of". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('"behind the <time> of <runner>"', () => {
  it('gives each time to its runner', () => {
    const races = deriveReport(
      "Jordan Okafor finished second in the men's 110m hurdles final at the UK Championships, clocking 13.41 behind the 13.36 of Tom Ashwell.",
    );
    expect(races.map(resultRows)).toEqual([
      [
        ['Tom Ashwell', 1, 13.36],
        ['Jordan Okafor', 2, 13.41],
      ],
    ]);
  });
});
