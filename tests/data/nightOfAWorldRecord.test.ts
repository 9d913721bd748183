/**
 * Readings found on held-out set 43: an Australian paper's Olympic 400m hurdles final, whose bronze
 * medallist ran "on a night when American Kennedy Okafor-Banks rewrote the history books with a world
 * record of 50.31", and a runner disqualified who is "the world indoor 400m finalist" (a title, no
 * race of its own). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a final on the night of a world record', () => {
  const races = deriveReport(
    [
      'Friday, August 6, 2032',
      '',
      "The 23-year-old Queenslander Tahlia Brennard won Olympic bronze in the women's 400m hurdles last night, running an Australian record of 52.60 seconds on a night when American Kennedy Okoro-Banks rewrote the history books with a world record of 50.31.",
      '',
      'Dutchwoman Lieke van der Linde took silver in 51.74.',
      '',
      "Ukraine's Oleksandra Hnatenko, the world indoor 400m finalist, was disqualified for a trail-leg infringement.",
      '',
      'Okoro-Banks had coasted through the first semi-final in 52.40.',
    ].join('\n'),
  );

  it('gives the world record told after "on a night when" to the runner named there', () => {
    const final = races.find((r) => r.round?.value === 'final');
    expect(final && resultRows(final)).toEqual([
      ['Kennedy Okoro-Banks', 1, 50.31],
      ['Lieke van der Linde', 2, 51.74],
      ['Tahlia Brennard', 3, 52.6],
      ['Oleksandra Hnatenko', null, null],
    ]);
    expect(final?.date?.value).toBe('2032-08-05');
  });

  it('takes no 400m race from "the world indoor 400m finalist"', () => {
    expect(races.map((r) => r.event?.value)).toEqual(['400m hurdles', '400m hurdles']);
    const semi = races.find((r) => r.round?.value === 'semi-final');
    expect(semi && resultRows(semi)).toEqual([['Kennedy Okoro-Banks', null, 52.4]]);
  });
});
