/**
 * A federation's release on its national championships, each runner named with a club in brackets:
 * the bracket stands between a name and what is told of it. Invented runners, clubs and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const RELEASE = (race: string): string =>
  [
    'National titles decided in Santry',
    'DUBLIN, 27 July 2036 – Irish National Senior Championships.',
    race,
  ].join('\n\n');

describe('a runner named with a club in brackets', () => {
  it('takes the time after ", second in" set after the bracket', () => {
    const [race] = deriveReport(
      RELEASE(
        "Men's 100m\nIn Sunday's final Cian Murphy won in 10.21, ahead of Darragh McElligott (Ennis Track AC), second in 10.26.",
      ),
    );
    expect(resultRows(race!)).toEqual([
      ['Cian Murphy', 1, 10.21],
      ['Darragh McElligott', 2, 10.26],
    ]);
  });

  it('keeps a past place told in an apposition after the bracket out of the race in hand', () => {
    const races = deriveReport(
      RELEASE(
        "Men's 400m hurdles\nConor D'Arcy (Raheny AC), runner-up in this event last year, went one better on Sunday, winning in 49.87.",
      ),
    );
    const now = races.find((r) => r.date?.value === '2036-07-27');
    expect(resultRows(now!)).toEqual([["Conor D'Arcy", 1, 49.87]]);
  });

  it('is second when edged in a sprint by a score of times, with a third told as "a distant third"', () => {
    const [race] = deriveReport(
      RELEASE(
        "Men's 5000m\nEoghan de Burca won it, edging Sean Kavanagh (Mullingar Harriers) in a sprint finish, 13:48.62 to 13:49.10, with Patrick Mulcahy (Leevale AC) a distant third.",
      ),
    );
    expect(resultRows(race!)).toEqual([
      ['Eoghan de Burca', 1, 828.62],
      ['Sean Kavanagh', 2, 829.1],
      ['Patrick Mulcahy', 3, null],
    ]);
  });
});
