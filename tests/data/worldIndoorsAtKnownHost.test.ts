/**
 * An AFP wire dated 2039 on a world indoor championships "in Belgrade", a host city the lexicon knows
 * from an earlier edition: the races are of the 2039 edition, dated from the dateline and its
 * weekdays; and a runner-up told in an absolute clause ("the Ethiopian settling for silver in
 * 7:39.15") is placed. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const WIRE = [
  'Delaney blasts to 60m gold as world indoors close in Belgrade',
  '',
  "Belgrade, March 20, 2039 (AFP) - American Marquis Delaney turned the men's 60 metres into a procession on Sunday, winning the world indoor title in 6.44 seconds.",
  '',
  "Delaney, 24, who had run a lifetime best of 6.42 in Saturday's semi-finals, was never threatened in the final.",
  '',
  "In the men's 3000m final, Kenya's Edwin Langat outkicked Ethiopia's Hagos Weldemariam to win in 7:38.90, the Ethiopian settling for silver in 7:39.15.",
].join('\n');

describe('a world indoors at a host city of an earlier edition', () => {
  const races = deriveReport(WIRE);

  it("names and dates the report's own edition", () => {
    const sixty = races.find((r) => r.event?.value === '60m' && r.round?.value === 'final');
    expect(sixty?.name).toMatch(/Belgrade 2039/);
    expect(sixty?.date?.value).toBe('2039-03-20');
    const semis = races.find((r) => r.event?.value === '60m' && r.round?.value === 'semi-final');
    expect(semis?.date?.value).toBe('2039-03-19');
  });

  it('places the runner-up told in an absolute clause', () => {
    const race = races.find((r) => r.event?.value === '3000m');
    expect(race && resultRows(race)).toEqual([
      ['Edwin Langat', 1, 458.9],
      ['Hagos Weldemariam', 2, 459.15],
    ]);
    expect(race?.date?.value).toBe('2039-03-20');
  });
});
