/**
 * "finished fourth in that Olympic final in Los Angeles", after "took Olympic silver in Los Angeles
 * last summer": a past race pointed back to with "that" stays past, so the results told after it
 * stay in the meeting the report is on, with its date. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Haugen wins 400m hurdles by three thousandths in Oslo Diamond League classic',
  '',
  'Oslo, 14 June 2029 — Trackside Report',
  '',
  "Sindre Haugen won the men's 400m hurdles at the Bislett Games on Thursday night in 46.88, with Rafael Lima second in 46.89.",
  '',
  'Lima, the Brazilian who took Olympic silver in Los Angeles last summer, blasted out in lane five.',
  '',
  'For Haugen, it was a measure of revenge. The 25-year-old finished fourth in that Olympic final in Los Angeles.',
  '',
  "Behind the two leaders, the USA's Dashawn Petty was a distant third in 47.21.",
  '',
  "Elsewhere on the programme, Femke van Leeuw of the Netherlands won the women's 400m in 49.77.",
].join('\n');

describe('a past race pointed back to with "that"', () => {
  const races = deriveReport(REPORT);
  const at = (name: string): (string | number | null)[][] =>
    races.filter((r) => r.name.startsWith(name)).flatMap(resultRows);

  it('keeps the results after it in the meeting in hand, with its date', () => {
    expect(at("Oslo Diamond League 2029 – Men's 400m hurdles")).toEqual([
      ['Sindre Haugen', 1, 46.88],
      ['Rafael Lima', 2, 46.89],
      ['Dashawn Petty', 3, 47.21],
    ]);
    expect(races.find((r) => r.name.includes("Women's 400m"))?.date?.value).toBe('2029-06-14');
  });

  it('gives the place told of the past race to that race', () => {
    expect(at('Los Angeles 2028 Olympics')).toEqual([
      ['Rafael Lima', 2, null],
      ['Sindre Haugen', 4, null],
    ]);
  });
});
