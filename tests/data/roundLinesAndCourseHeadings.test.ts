/**
 * Headings of results pages: a round line with its notes after a dash ("FINAL — 20:40 — Wind: +1.1
 * m/s") over a pipe table, and cross-country races headed by age group, sex and course length in
 * capitals ("SENIOR GIRLS (4,000m)", "INTERMEDIATE BOYS (5,000m)"). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const TABLE = [
  "OFFICIAL RESULTS — MEN'S 100 METRES",
  'Friday, 9 July 2038',
  '',
  'ROUND 1 — HEAT 1 — 11:05 — Wind: +0.8 m/s',
  '',
  '| Pl | Athlete          | Nat | Time  |',
  '|----|------------------|-----|-------|',
  '| 1  | Javon Whyte      | JAM | 10.08 |',
  '| 2  | Kadeem Fraser    | BAH | 10.15 |',
  '',
  'FINAL — 20:40 — Wind: +1.1 m/s',
  '',
  '| Pl | Athlete          | Nat | Time  |',
  '|----|------------------|-----|-------|',
  '| 1  | Javon Whyte      | JAM | 9.984 |',
  '| 2  | Kadeem Fraser    | BAH | 9.991 |',
].join('\n');

const SCHOOLS = [
  'Munster Schools Championships round-up',
  '',
  'There was mud at Lismore Road on Thursday, 19 February 2032, as 900 pupils contested the Munster Schools Cross Country Championships.',
  '',
  'SENIOR GIRLS (4,000m)',
  'The day belonged to Saoirse Nolan, who won by a street in 15:02. Kate Fitzgibbon was second in 15:19.',
  '',
  'INTERMEDIATE BOYS (5,000m)',
  'Tadhg Sullivan was a runaway winner in 16:37. Niall Power was sixth.',
].join('\n');

describe('results page headings', () => {
  it('reads a round line with notes after a dash as that round', () => {
    const races = deriveReport(TABLE);
    const final = races.find((r) => r.round?.value === 'final');
    expect(final && resultRows(final)).toEqual([
      ['Javon Whyte', 1, 9.984],
      ['Kadeem Fraser', 2, 9.991],
    ]);
    const heat = races.find((r) => r.round?.value === 'heat');
    expect(heat && resultRows(heat)).toEqual([
      ['Javon Whyte', 1, 10.08],
      ['Kadeem Fraser', 2, 10.15],
    ]);
  });

  it('reads capitalised age-group headings with a course in metres as separate races', () => {
    const races = deriveReport(SCHOOLS);
    const girls = races.find((r) => r.sex?.value === 'women');
    const boys = races.find((r) => r.sex?.value === 'men');
    expect(girls && resultRows(girls)).toEqual([
      ['Saoirse Nolan', 1, 902],
      ['Kate Fitzgibbon', 2, 919],
    ]);
    expect(boys && resultRows(boys)).toEqual([
      ['Tadhg Sullivan', 1, 997],
      ['Niall Power', 6, null],
    ]);
    expect(girls?.date?.value).toBe('2032-02-19');
    expect(boys?.date?.value).toBe('2032-02-19');
  });
});
