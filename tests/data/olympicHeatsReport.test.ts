/**
 * A report of an Olympic morning of heats: a runner who fell but was "reinstated into the
 * semi-finals", another "advanced to the final by the jury", and an earlier race dated "Four weeks
 * to the day before these heats". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  "Women's 1500m heats, Brisbane 2032 Olympic Games\n\n" +
  'By Ida Moss in Brisbane\n\n' +
  'Ana Ruiz, running on Friday 30 July, won the second of three heats of the women’s 1500m in 4:03.05.\n\n' +
  'Four weeks to the day before these heats, at the Prefontaine Classic in Eugene, Ruiz had won in a lifetime best of 3:57.14.\n\n' +
  'The same heat produced the drama. Kim Lee fell, got to her feet and jogged home 13th in 4:15.40, but was reinstated into the semi-finals on appeal.\n\n' +
  'Mia Sol finished fifth in 4:05.00 and was later advanced to the final by the jury.';

describe('a report of Olympic heats', () => {
  const races = deriveReport(text);
  const heat = races.find((r) => r.round?.value === 'heat');

  it('keeps the places of runners sent on to a later round in the heat they ran', () => {
    expect(heat && resultRows(heat)).toEqual([
      ['Ana Ruiz', 1, 243.05],
      ['Mia Sol', 5, 245],
      ['Kim Lee', 13, 255.4],
    ]);
    expect(races.filter((r) => r.round?.value === 'semi-final' || r.round?.value === 'final')).toEqual([]);
  });

  it('dates an earlier race "four weeks to the day before these heats" back from the heats', () => {
    expect(heat?.date?.value).toBe('2032-07-30');
    const eugene = races.find((r) => r !== heat);
    expect(eugene?.date?.value).toBe('2032-07-02');
  });
});
