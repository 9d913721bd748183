/**
 * "The 34-year-old Port Ellery High cross-country coach … won the Harborfront 10K": a school named
 * before a runner's role is no runner, so the win is the runner's told before. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a school named before a role', () => {
  it('gives the win to the runner the epithet stands for, not to the school', () => {
    const races = deriveReport(
      'Marcus Delgardo finally got his hometown win on Sunday. ' +
        "The 34-year-old Port Ellery High cross-country coach pulled away from Kevin O'Rourk and won the Harborfront 10K in 31 minutes, 14 seconds.",
    );
    expect(races.map(resultRows)).toEqual([[['Marcus Delgardo', 1, 1874]]]);
  });
});
