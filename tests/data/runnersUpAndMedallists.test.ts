/**
 * Readings found on held-out sets 51, 53 and 54: the one runner a win was won by edging (", edging
 * American X, who clocked 10.95"), the time of a runner pushed to a medal after the runner's country
 * ("relegating X of the Netherlands to silver in 52.04"), a runner named after "bronze medallist"
 * with the time in brackets, a place told after "content herself this time with", and a past result
 * at "the last Pan American Games" in an apposition. Invented runners, meetings and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const only = (text: string) => {
  const [race] = deriveReport(text);
  return race ? resultRows(race) : [];
};

describe('runners-up and medallists told after the winner', () => {
  it('reads the one runner edged after a win as second, with the time told in a relative clause', () => {
    expect(
      only(
        "Ghana's Efua Mensah won the women's 100m in 10.91 seconds into a slight headwind, edging American Kayla Brooks, who clocked 10.97.",
      ),
    ).toEqual([
      ['Efua Mensah', 1, 10.91],
      ['Kayla Brooks', 2, 10.97],
    ]);
  });

  it('gives the time after a pushed-to medal to the runner pushed there, country and all', () => {
    expect(
      only(
        "Dana Whitlock won the women's 400m hurdles in 52.10, relegating Saskia de Boer of the Netherlands to silver in 52.48.",
      ),
    ).toEqual([
      ['Dana Whitlock', 1, 52.1],
      ['Saskia de Boer', 2, 52.48],
    ]);
  });

  it('places the runner named after "bronze medallist" third, with the time in brackets', () => {
    expect(
      only(
        "In the men's 1500m final, Pablo Ruiz won in 3:36.10 and Sam Whitby finished fourth, 0.31 seconds behind bronze medallist Joost van Dijk of the Netherlands (3:36.95).",
      ),
    ).toEqual([
      ['Pablo Ruiz', 1, 216.1],
      ['Joost van Dijk', 3, 216.95],
      ['Sam Whitby', 4, 217.26],
    ]);
  });

  it('reads a place told after "content herself this time with" and leaves a past Games in its apposition', () => {
    const races = deriveReport(
      [
        'QUITO — Rosa Paredes won the 800 metres at the South American Championships 2031 on Sunday 11 May in 2:01.40.',
        '',
        "In the women's 400m, Luisa Campos won in 51.33. The Ecuadorian Carla Vera, fourth at the last Pan American Games, had to content herself this time with fifth place in 52.61.",
      ].join('\n'),
    );
    const quarter = races.find((r) => r.event?.value === '400m');
    expect(quarter?.name).toMatch(/^South American Championships 2031/);
    expect(quarter && resultRows(quarter)).toEqual([
      ['Luisa Campos', 1, 51.33],
      ['Carla Vera', 5, 52.61],
    ]);
  });
});
