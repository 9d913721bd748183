/**
 * An AFP report of two finals of one evening at a world championships: the second told first in a
 * "while" clause of the lead, then taken up by its winner's name ("Van der Laan, who had scraped
 * into the final …") after a passage on the first; a semi-final told as past in a "who" clause;
 * and a "Published on 26/08/2031" line. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Zhang strikes hurdles gold as Van der Laan stuns 400m hurdles field\n\n' +
  'Rome (AFP) - Published on 26/08/2031 at 23:14\n\n' +
  "China's Zhang Wenbo claimed the men's 110m hurdles world title in Rome on Tuesday, while Dutch outsider Femke van der Laan produced the upset of the championships to win the women's 400m hurdles.\n\n" +
  'Zhang, 24, clattered the eighth hurdle but kept his balance to clock 12.98sec.\n\n' +
  "France's Quentin Delaporte took silver in 13.02 and Jamaica's Romario Blake the bronze in 13.09.\n\n" +
  'Less than an hour later, the Stadio Olimpico witnessed an even bigger surprise.\n\n' +
  'Van der Laan, who had scraped into the final after finishing fourth in the third semi-final on Sunday in 54.12, ran from lane one to win in a Dutch record 52.71.\n\n' +
  "She was stronger over the last two barriers, with American Jasmine Thornton taking silver in 52.95. Poland's Natalia Wrona won bronze in 53.40.\n\n" +
  'Thornton, who had won the first semi-final on Sunday in 52.88, said she had been caught out.';

describe('a wire report of two finals of one evening', () => {
  const races = deriveReport(text);
  const of = (event: string, round: string | null) =>
    races.find((r) => r.event?.value === event && (round === null || r.round?.value === round));

  it("keeps each final's medallists in their own race", () => {
    expect(resultRows(of('110m hurdles', null)!)).toEqual([
      ['Zhang Wenbo', 1, 12.98],
      ['Quentin Delaporte', 2, 13.02],
      ['Romario Blake', 3, 13.09],
    ]);
    expect(resultRows(of('400m hurdles', 'final')!)).toEqual([
      ['Femke van der Laan', 1, 52.71],
      ['Jasmine Thornton', 2, 52.95],
      ['Natalia Wrona', 3, 53.4],
    ]);
  });

  it('dates the finals by the day-first publication line and the semi-finals by their weekday', () => {
    expect(of('110m hurdles', null)?.date?.value).toBe('2031-08-26');
    expect(of('400m hurdles', 'final')?.date?.value).toBe('2031-08-26');
    const semis = races.filter((r) => r.round?.value === 'semi-final');
    expect(semis.map((r) => [r.name, r.date?.value, resultRows(r)])).toEqual([
      [
        "Rome 2031 World Championships – Women's 400m hurdles semi-final 1",
        '2031-08-24',
        [['Jasmine Thornton', 1, 52.88]],
      ],
      [
        "Rome 2031 World Championships – Women's 400m hurdles semi-final 3",
        '2031-08-24',
        [['Femke van der Laan', 4, 54.12]],
      ],
    ]);
  });
});
