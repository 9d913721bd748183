/**
 * "Kenji Hayashi's 26:51.30 to win the national 10,000m title": a time set right after a runner's
 * possessive is that runner's; "Ama Boaten's 1:56.80 came in May" is a mark from another day.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport } from '../helpers/reportRaces';

describe("a time after a runner's possessive", () => {
  it('gives the time to the possessor', () => {
    const races = deriveReport(
      "Kenji Hayashi's 26:51.30 to win the national 10,000m title at the Japanese Championships in Osaka took a huge chunk off the national record.",
    );
    expect(races.flatMap((r) => r.results.map((x) => [x.athlete, x.time?.value ?? null]))).toEqual([
      ['Kenji Hayashi', 1611.3],
    ]);
  });

  it('reads no result in a mark that "came in May"', () => {
    const races = deriveReport(
      "Ama Boaten won the women's 800m final at the Paris 2024 Olympics in 1:57.10. Both have run 1:56 this year: Boaten's 1:56.80 came in May.",
    );
    expect(races.flatMap((r) => r.results.map((x) => [x.athlete, x.time?.value ?? null]))).toEqual([
      ['Ama Boaten', 117.1],
    ]);
  });
});
