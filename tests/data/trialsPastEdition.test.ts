/**
 * A national trials report that recalls a runner's place in the same final two years before: "Two
 * years ago, in the 1500m final at these same trials, he crossed the line fourth" is last edition's
 * race, not a second place of his in this one. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a trials report that recalls the same final two years before', () => {
  const races = deriveReport(
    "NAIROBI, July 7, 2029 — The men's 1500m at the Kenyan trials delivered the drama.\n\n" +
      'Brian Kiplagat sprinted clear to win in 3:33.84. Elijah Mose was second in 3:34.10 and Dennis ' +
      'Chirchir was third in 3:34.27.\n\n' +
      'For Chirchir it was sweet redemption. Two years ago, in the 1500m final at these same trials, he ' +
      'crossed the line fourth.',
  );

  it("keeps this year's final to this year's places", () => {
    const final = races.find((r) => r.results.some((x) => x.athlete === 'Brian Kiplagat'));
    expect(final && resultRows(final)).toEqual([
      ['Brian Kiplagat', 1, 213.84],
      ['Elijah Mose', 2, 214.1],
      ['Dennis Chirchir', 3, 214.27],
    ]);
  });

  it('puts the place of two years before in a race of its own', () => {
    const past = races.find((r) => r.results.some((x) => x.place?.value === 4));
    expect(past && resultRows(past)).toEqual([['Dennis Chirchir', 4, null]]);
  });
});
