/**
 * A club's results notice: bulleted entries with ordinal places ("• 1st – Tom Ridley (Riverside
 * Harriers) 30:12") under "Men" and "Women"; "the 14th running of the Ashby Winter 10K" is no place,
 * and "on Tuesday training nights" is a weekly habit, not a race's day. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const NOTICE = [
  'RESULTS NOTICE — Ashby Winter 10K, Sunday 4 February 2029',
  '',
  'Riverside Harriers thank everyone who turned out for the 14th running of the Ashby Winter 10K. Top three in each race:',
  '',
  'Men',
  '• 1st – Tom Ridley (Riverside Harriers) 30:12',
  '• 2nd – Ahmed Farouk (Leicester Coritanian AC) 30:25',
  '• 3rd – Dan Whitlock (Hinckley RC) 30:58',
  '',
  'Women',
  '• 1st – Grace Okonjo (Charnwood AC) 34:41 – new course record',
  '• 2nd – Lucy Pemberton (Riverside Harriers) 35:10',
  '',
  'Prizes can be collected from the club house on Tuesday training nights.',
].join('\n');

describe('a bulleted results notice with ordinal places', () => {
  const races = deriveReport(NOTICE);
  const bySex = (sex: string) => races.find((r) => r.name.includes(sex));

  it('reads each bulleted entry under its heading, on the day of the race', () => {
    expect(races).toHaveLength(2);
    expect(resultRows(bySex("Men's")!)).toEqual([
      ['Tom Ridley', 1, 1812],
      ['Ahmed Farouk', 2, 1825],
      ['Dan Whitlock', 3, 1858],
    ]);
    expect(resultRows(bySex("Women's")!)).toEqual([
      ['Grace Okonjo', 1, 2081],
      ['Lucy Pemberton', 2, 2110],
    ]);
    expect(races.map((r) => r.date?.value)).toEqual(['2029-02-04', '2029-02-04']);
  });
});
