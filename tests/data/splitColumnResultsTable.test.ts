/**
 * A reading found on held-out set 45: a road race's official results set out in columns whose header
 * names a split by its distance ("Pos  Bib  Name  Nat  10K  Finish"), so the header holds a digit and
 * the time column is headed "Finish". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a results table with a split column headed by its distance', () => {
  const races = deriveReport(
    [
      'MEIA MARATONA DE AVEIRO 2033 - OFFICIAL RESULTS (ELITE)',
      'Aveiro, Sunday 16 October 2033. Start 09:30.',
      '',
      'MEN',
      'Pos  Bib  Name                        Nat   10K     Finish',
      '  1    3  Kelvin Kiprono Langa        KEN   28:02     59:41',
      '  2    7  Abdisa Tolosa Gemechu       ETH   28:02     59:58',
      '  3    1  Rui Pedro Vasco             POR   28:30   1:00:44',
      '  -    5  Josphat Kibiwot             KEN   28:02       DNF',
    ].join('\n'),
  );

  it('reads each row by its columns: the finish time, not the split, and no race named after the header', () => {
    expect(races).toHaveLength(1);
    const race = races[0];
    expect(race && resultRows(race)).toEqual([
      ['Kelvin Kiprono Langa', 1, 3581],
      ['Abdisa Tolosa Gemechu', 2, 3598],
      ['Rui Pedro Vasco', 3, 3644],
      ['Josphat Kibiwot', null, null],
    ]);
    expect(race?.results.map((r) => r.country?.value)).toEqual(['KEN', 'ETH', 'POR', 'KEN']);
    expect(race?.results[3]?.status).toBe('dnf');
    expect(race?.date?.value).toBe('2033-10-16');
  });
});
