/**
 * A club newsletter on a masters championships: "won the M60 10,000m" is the win of that age
 * group's race (where "won the M40 category" of an open race is not), "the Catalan" is the Spanish
 * runner, and "a race won by Italy's Paola Lodigiani" names the winner after a country's possessive.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Gethin Price is now a European masters champion. Gethin, who turned 60 in March, won the M60 10,000m on Tuesday 17 August 2032, running 35:42.18, and only Spain’s Jordi Castellet could follow his decisive move.',
  '',
  'The Catalan eventually took the silver medal in 35:58.60.',
  '',
  'In the W55 1500m final Sian Hughes ran a lifetime best of 5:11.36 to finish fourth, agonisingly close to a medal in a race won by Italy’s Paola Lodigiani in 5:02.77.',
].join('\n');

describe('masters races, regional demonyms and a winner after a country possessive', () => {
  const races = deriveReport(REPORT);
  const rows = (event: string): (string | number | null)[][] =>
    races.filter((r) => r.event?.value === event).flatMap(resultRows);

  it('reads the age group’s race as won outright, and "the Catalan" as the Spaniard', () => {
    expect(rows('10000m')).toEqual([
      ['Gethin Price', 1, 2142.18],
      ['Jordi Castellet', 2, 2158.6],
    ]);
  });

  it('gives the win in "a race won by Italy’s …" to the runner named', () => {
    expect(rows('1500m')).toEqual([
      ['Paola Lodigiani', 1, 302.77],
      ['Sian Hughes', 4, 311.36],
    ]);
  });
});
