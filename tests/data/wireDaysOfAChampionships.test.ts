/**
 * A wire report dated by its dateline, on a championship final "on Saturday", tells the other races
 * of the meeting by their days: a women's final "two days earlier", a men's heat as "the first heat"
 * of "Thursday's heats", and the championships' close "on Sunday", still to come. Invented runners,
 * city and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const WIRE = [
  'Athletics: Ferreira-Diallo takes the continental steeplechase crown',
  '',
  "KORVANA, June 24, 2034 (AFP) - Senegal's Ibrahima Ferreira-Diallo won the continental men's 3,000m steeplechase title on Saturday, outsprinting Kenya's Paul Kiptanui to win in 8:14.62.",
  '',
  'Kiptanui finished second in 8:15.08.',
  '',
  "Two days earlier the women's steeplechase final was won by Uganda's Grace Nakato in 9:12.08.",
  '',
  "In Thursday's heats of the men's event, Ferreira-Diallo had already signalled his form by winning the first heat in 8:24.01.",
  '',
  'The championships, which have attracted 920 athletes from 52 countries, end on Sunday.',
].join('\n');

describe('the days of a championships told around a datelined final', () => {
  const races = deriveReport(WIRE);
  const race = (label: RegExp) => races.find((r) => label.test(r.name));

  it('dates the final from its dateline and weekday, not from the close still to come', () => {
    const final = races.find((r) => /Men's 3000m steeplechase/.test(r.name) && r.round?.value !== 'heat');
    expect(final && resultRows(final)).toEqual([
      ['Ibrahima Ferreira-Diallo', 1, 494.62],
      ['Paul Kiptanui', 2, 495.08],
    ]);
    expect(final?.date?.value).toBe('2034-06-24');
  });

  it('counts "two days earlier" back from the final dated by its dateline', () => {
    const women = race(/Women's 3000m steeplechase/);
    expect(women && resultRows(women)).toEqual([['Grace Nakato', 1, 552.08]]);
    expect(women?.date?.value).toBe('2034-06-22');
  });

  it('dates a numbered heat from the day told for its round', () => {
    const heat = race(/heat 1/);
    expect(heat && resultRows(heat)).toEqual([['Ibrahima Ferreira-Diallo', 1, 504.01]]);
    expect(heat?.date?.value).toBe('2034-06-22');
  });
});
