/**
 * Continental games other than the European Championships, whose editions the lexicon does not list,
 * take the report's year rather than the last European edition's; and a wire dateline ending in a
 * colon ("DOHA, December 3:") dates the report. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const RESULTS = [
  'Pan American Games, Lima - distance results, Saturday 31 July 2027',
  '',
  "Brazil's Giovanna Ribeiro da Costa won the women's 3000m steeplechase final at the Pan American Games in a Games record.",
  '',
  "WOMEN'S 3000m STEEPLECHASE - FINAL",
  '1. Giovanna Ribeiro da Costa (BRA) 9:21.40 GR',
  '2. Luisa Ortega Patiño (COL) 9:24.18',
].join('\n');

const WIRE = [
  'Kipruto rules the 10,000m',
  '',
  "DOHA, December 3: Anjali Verma took bronze in the women's 10,000m final at the Asian Games on Tuesday night in 31:02.67.",
  '',
  "Victory at the 2030 Asian Games went to Bahrain's Violah Kipruto, who crossed the line in 30:41.09.",
].join('\n');

describe('continental games the lexicon has no editions of', () => {
  it("names the Pan American Games of the report's year, dated by its header", () => {
    const [race] = deriveReport(RESULTS);
    expect(race?.name).toMatch(/Pan American Games 2027/);
    expect(race?.name).not.toMatch(/Birmingham/);
    expect(race?.date?.value).toBe('2027-07-31');
    expect(race && resultRows(race)).toEqual([
      ['Giovanna Ribeiro da Costa', 1, 561.4],
      ['Luisa Ortega Patiño', 2, 564.18],
    ]);
  });

  it('dates a final from a dateline whose day ends in a colon, with the Games year', () => {
    const [race] = deriveReport(WIRE);
    expect(race?.date?.value).toBe('2030-12-03');
    expect(race && resultRows(race)).toEqual([
      ['Violah Kipruto', 1, 1841.09],
      ['Anjali Verma', 3, 1862.67],
    ]);
  });
});
