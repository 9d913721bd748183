/**
 * A blog's quick results name each runner by surname and country code ("Men: 1. Gebremedhin (ETH)
 * 2:03:58, 2. Langat (KEN) 2:04:20"): each entry is the one runner the report names in full with
 * that surname, and a surname nobody was named with in full is kept as that runner's name (its
 * country code marks it as a runner). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const BLOG = [
  'Berlin Marathon 2033: Gebremedhin finally nails it',
  '',
  "Tesfaye Gebremedhin won the men's race at the Berlin Marathon in 2:03:58, ahead of Kenya's Wilson Langat and Japan's Ryota Nakagawa.",
  '',
  'Quick results:',
  'Men: 1. Gebremedhin (ETH) 2:03:58, 2. Langat (KEN) 2:04:20, 3. Nakagawa (JPN) 2:05:47, 4. Okonjo (NGR) 2:06:10',
].join('\n');

describe('a results line of surnames with country codes', () => {
  const races = deriveReport(BLOG);

  it("gives each named runner the entry's place and time, and keeps an unnamed runner by surname", () => {
    expect(races.map(resultRows)).toEqual([
      [
        ['Tesfaye Gebremedhin', 1, 7438],
        ['Wilson Langat', 2, 7460],
        ['Ryota Nakagawa', 3, 7547],
        ['Okonjo', 4, 7570],
      ],
    ]);
  });
});
