/**
 * "He retained his national title in Potchefstroom on April 14, winning in 48.21 …, and then ran
 * 48.66 to finish third at the Doha Diamond League on May 9": the national title is a race of its own,
 * not the Diamond League's; and "to claim the national title" after the championships it was won at is
 * that race. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const INJURY = [
  'Mokoena out of African Championships with Achilles tear',
  '',
  "JOHANNESBURG, May 22, 2035 — South Africa's leading 400m hurdler Thabo Mokoena has been ruled out of next month's African Championships.",
  '',
  "He retained his national title in Potchefstroom on April 14, winning in 48.21 with fellow South African Sipho Nkosi second in 48.90, and then ran 48.66 to finish third at the Doha Diamond League on May 9, behind Brazil's Rafael Nogueira, who won in 47.92.",
].join('\n');

const TRIALS = [
  "KINGSTON, Jamaica (AP) — Tashauna Mullings won the women's 100 meters at the 2029 Jamaican championships on Saturday night, running 10.79 seconds to claim the national title and a place on the team.",
].join('\n');

describe('a national title told in passing', () => {
  it('keeps the national title and the Diamond League apart, each with its day', () => {
    const races = deriveReport(INJURY);
    const doha = races.find((r) => r.name.includes('Doha'));
    const national = races.find((r) => r.date?.value === '2035-04-14');
    expect(doha && resultRows(doha)).toEqual([
      ['Rafael Nogueira', 1, 47.92],
      ['Thabo Mokoena', 3, 48.66],
    ]);
    expect(doha?.date?.value).toBe('2035-05-09');
    expect(national && resultRows(national)).toEqual([
      ['Thabo Mokoena', 1, 48.21],
      ['Sipho Nkosi', 2, 48.9],
    ]);
  });

  it('reads "to claim the national title" as the championships named before it', () => {
    const races = deriveReport(TRIALS);
    expect(races).toHaveLength(1);
    expect(races[0] && resultRows(races[0])).toEqual([['Tashauna Mullings', 1, 10.79]]);
  });
});
