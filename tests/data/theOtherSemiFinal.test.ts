/**
 * "He won his semi-final in 13.21 … Nowak came second in the other semi-final in 13.32": the other
 * race of the round, told in passing, not the semi-final just told; and the report goes on with the
 * race it was on. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Damian Wroblak won the 110m hurdles final at the European Championships in 13.12 on Wednesday, August 12, 2026.',
  '',
  'Earlier in the evening, in the semi-finals, Wroblak won his semi-final in 13.21 s. The second Pole, Bartek Nowak, came second in the other semi-final in 13.32 s and also went through to the final.',
  '',
  'In the final Nowak was fourth, with a time of 13.30 s.',
].join('\n');

describe('the other semi-final', () => {
  const races = deriveReport(REPORT);
  const semis = races.filter((r) => r.name.includes('semi-final'));

  it('is a race of its own, beside the semi-final told first', () => {
    expect(semis.map(resultRows)).toEqual([[['Damian Wroblak', 1, 13.21]], [['Bartek Nowak', 2, 13.32]]]);
  });

  it('leaves the final as the race the report goes on with', () => {
    const final = races.find((r) => r.name.endsWith('final') && !r.name.includes('semi'));
    expect(final && resultRows(final)).toEqual([
      ['Damian Wroblak', 1, 13.12],
      ['Bartek Nowak', 4, 13.3],
    ]);
  });
});
