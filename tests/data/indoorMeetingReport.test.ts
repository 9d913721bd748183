/**
 * An indoor meeting report: its first sentence names a future championship before the race it
 * reports, the day of the race is told in that sentence, and reaction times are written like race
 * times. Invented runners, meeting and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Okafor fastest in Lahti\n\nSunday 15 February 2026\n\n' +
  "LAHTI – Britain's Daniel Okafor showed he means to contend at next month's World Indoor Championships " +
  'with a 60m victory at the Lahti Indoor Classic on Saturday night.\n\n' +
  'Reacting in 0.131, he was level at 20 metres and stopped the clock at 6.53. ' +
  "Italy's Marco Bellini, whose 0.118 reaction got him out first, was second in 6.56. " +
  "Sweden's Nils Berg was slowest to react at 0.152 but finished third in 6.60.";

describe('an indoor meeting report', () => {
  it('reads the race and its day told after a future championship in the same sentence', () => {
    const races = deriveReport(text);
    expect(races.map((r) => [r.name, r.event?.value ?? null, r.date?.value ?? null])).toEqual([
      [expect.stringMatching(/Lahti Indoor Classic/), '60m', '2026-02-14'],
    ]);
  });

  it('reads no reaction time as a race time', () => {
    const [race] = deriveReport(text);
    expect(race && resultRows(race)).toEqual([
      ['Daniel Okafor', 1, 6.53],
      ['Marco Bellini', 2, 6.56],
      ['Nils Berg', 3, 6.6],
    ]);
  });
});
