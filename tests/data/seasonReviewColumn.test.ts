/**
 * A column that looks back over a sprint rivalry's season, race by race and not in order: the
 * reader is asked to remember a final, medals are handed out "for" their runners, a score is given
 * as "19.87 to 19.95", a race is dated "a fortnight later" and the trials are named in lower case.
 * Invented runners, times and season.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const column =
  'The summer of the 200 metres\n\n' +
  'In Zurich in late August, at Weltklasse, Devon St. Aubyn Marsh won the last big 200m of the 2032 ' +
  'season in 19.69.\n\n' +
  'You will remember the Olympic final, run on July 28 in Brisbane. Gold for Ruel Bonner-Hayes in ' +
  "19.58, silver for Marsh in 19.61, and bronze, almost forgotten, for Brazil's Davi Pinto in 19.83.\n\n" +
  'To understand that night you have to go back to Rome. On June 6, at the Golden Gala, Marsh beat his ' +
  "former training partner for the first time in three years, 19.87 to 19.95, with Canada's Luc " +
  'Tremblay-Roy a distant third.\n\n' +
  'Bonner-Hayes answered a fortnight later at the Bislett Games in Oslo. He won in 20.01, Britain’s ' +
  'Tariq Osei-Manu squeezed through for second, and Marsh trailed in third in 20.12.\n\n' +
  'Then came the Jamaican trials in Kingston and a final many still call the race of the year. Marsh ' +
  'won it in 19.72, Bonner-Hayes was second in 19.79.';

const races = deriveReport(column);
const raceOf = (part: string) => races.find((r) => r.name.includes(part));

describe('a column looking back over a rivalry', () => {
  it('keeps "St." inside a name and takes no meeting for a runner', () => {
    expect(resultRows(raceOf('Zurich')!)).toEqual([['Devon St. Aubyn Marsh', 1, 19.69]]);
    expect(races.flatMap((r) => r.results.map((x) => x.athlete))).not.toContain('Golden Gala');
  });

  it('reads a final the reader is asked to remember, with medals handed out "for" their runners', () => {
    const final = raceOf('Olympics');
    expect(final?.date?.value).toBe('2032-07-28');
    expect(final && resultRows(final)).toEqual([
      ['Ruel Bonner-Hayes', 1, 19.58],
      ['Devon St. Aubyn Marsh', 2, 19.61],
      ['Davi Pinto', 3, 19.83],
    ]);
  });

  it('gives the second time of a score to the beaten runner, not the winner, and reads "a distant third"', () => {
    const rome = raceOf('Rome');
    expect(rome?.date?.value).toBe('2032-06-06');
    expect(rome && resultRows(rome)).toEqual(
      expect.arrayContaining([
        ['Devon St. Aubyn Marsh', null, 19.87],
        ['Luc Tremblay-Roy', 3, null],
      ]),
    );
    expect(rome?.results.find((x) => x.athlete === 'Devon St. Aubyn Marsh')?.time?.value).toBe(19.87);
  });

  it('dates a race "a fortnight later" and starts a clause at each runner named after a comma', () => {
    const oslo = raceOf('Oslo');
    expect(oslo?.date?.value).toBe('2032-06-20');
    expect(oslo && resultRows(oslo)).toEqual([
      ['Ruel Bonner-Hayes', 1, 20.01],
      ['Tariq Osei-Manu', 2, null],
      ['Devon St. Aubyn Marsh', 3, 20.12],
    ]);
  });

  it('reads the trials named in lower case as a competition of their own', () => {
    const trials = raceOf('Trials');
    expect(trials?.name).toMatch(/Jamaican Trials/);
    expect(trials && resultRows(trials)).toEqual([
      ['Devon St. Aubyn Marsh', 1, 19.72],
      ['Ruel Bonner-Hayes', 2, 19.79],
    ]);
  });
});
