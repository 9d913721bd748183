/**
 * A British broadsheet's marathon report: runners named in full in the prose and by initial and
 * surname in its "Leading results", times written "2hr 03min 41sec", countries as "(Eth)", and a
 * runner who "withdrew on Friday". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Abera wins in Lowmere\n\n' +
  'Published: 29 April 2030\n\n' +
  "On Sunday Ethiopia's Dawit Abera won the men's marathon in Lowmere, 17 seconds clear of Kenya's Peter Rono. " +
  'Tom Ashworth withdrew on Friday with a calf problem.\n\n' +
  'Leading results\n\n' +
  'Men: 1 D Abera (Eth) 2hr 03min 41sec; 2 P Rono (Ken) 2:03:58; 3 S Okoth (Ken) 2:04:30.';

describe("a broadsheet's results under initials", () => {
  const races = deriveReport(text);
  const [race] = races;

  it('gives a listed initial and surname to the runner the report names in full', () => {
    expect(races).toHaveLength(1);
    expect(race && resultRows(race)).toEqual([
      ['Dawit Abera', 1, 7421],
      ['Peter Rono', 2, 7438],
      ['S Okoth', 3, 7470],
    ]);
  });

  it('reads "(Eth)" and "(Ken)" as country codes', () => {
    expect(race?.results.map((r) => r.country?.value ?? null)).toEqual(['ETH', 'KEN', 'KEN']);
  });

  it('dates the race by its own day, not the day a runner withdrew', () => {
    expect(race?.date?.value).toBe('2030-04-28');
  });
});
