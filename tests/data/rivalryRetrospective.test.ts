/**
 * A retrospective of a rivalry told meeting by meeting: a championships that "had her revenge" (a
 * past tense, not history behind the race), and an Olympic final dated years after the Games told
 * first. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Two laps, six years\n\n' +
  'In the second semi-final of the 2028 Olympics in Los Angeles, Lena Brandt of Germany finished fourth and Kenya’s Ruth Wanjiru sixth.\n\n' +
  'A year later, on a humid evening at Weltklasse Zurich, Brandt won in 1:56.31.\n\n' +
  'Three weeks later, at the world championships, Wanjiru had her revenge. She went to the front with 250 metres left, taking gold in 1:55.87. Brandt came through for silver in 1:56.02.\n\n' +
  'The peak came in Brisbane. On 4 August 2032, in the Olympic final, Brandt won in 1:55.10. Wanjiru took silver in 1:55.14.';

describe('a rivalry retrospective', () => {
  const races = deriveReport(text);

  it('reads the championships where one "had her revenge" as a race of its own', () => {
    const worlds = races.find((r) => r.competition?.value.kind === 'world-championships');
    expect(worlds && resultRows(worlds)).toEqual([
      ['Ruth Wanjiru', 1, 115.87],
      ['Lena Brandt', 2, 116.02],
    ]);
    const zurich = races.find((r) => r.name.includes('Zurich'));
    expect(zurich && resultRows(zurich)).toEqual([['Lena Brandt', 1, 116.31]]);
  });

  it('names an Olympic final by the edition of its stated date, not the Games told before', () => {
    const final = races.find((r) => r.date?.value === '2032-08-04');
    expect(final?.competition?.value.year).toBe(2032);
    expect(final?.name).toMatch(/^Brisbane 2032 Olympics/);
    const semi = races.find((r) => r.round?.value === 'semi-final');
    expect(semi?.competition?.value.year).toBe(2028);
  });
});
