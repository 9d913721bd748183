/**
 * A university's recap of a three-day conference championships, told under day headings in
 * capitals ("THURSDAY: LINDQVIST RUNS AWAY WITH THE 10K"). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport } from '../helpers/reportRaces';

const RECAP =
  'May 13, 2029\n\n' +
  'EUGENE BAY, Ore. - Cascade State wrapped up its season at the 2029 Summit Coast Conference Outdoor Championships.\n\n' +
  'THURSDAY: LINDQVIST RUNS AWAY WITH THE 10K\n\n' +
  "Senior Tomas Lindqvist won the men's 10,000m in 29:14.62.\n\n" +
  'FRIDAY: RUIZ ADVANCES\n\n' +
  "Junior Danny Ruiz cruised through the men's 1500m preliminaries, winning his heat in 3:48.20.";

describe('a conference recap under day headings in capitals', () => {
  const races = deriveReport(RECAP);

  it('dates each race by the heading of its day, and takes no headline for a meeting', () => {
    expect(races.map((r) => [r.name, r.date?.value ?? null])).toEqual([
      ["Summit Coast Conference Outdoor Championships 2029 – Men's 10000m", '2029-05-10'],
      ["Summit Coast Conference Outdoor Championships 2029 – Men's 1500m heat", '2029-05-11'],
    ]);
  });
});
