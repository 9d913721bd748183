/**
 * A live blog of an evening of semi-finals, newest entry first: "9.26pm — SEMI THREE RESULT" names
 * the third semi-final, and a back story told in between ("Mulvaney was fourth at the 2031 world
 * championships in 1:43.90") is an earlier year's race that the entries after it do not belong to.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const BLOG = [
  'LIVE: Brisbane 2032 athletics - Mulvaney into Olympic 800m final',
  '',
  "Tuesday 3 August 2032 - Men's 800m semi-finals, Brisbane Stadium",
  '',
  '9.33pm',
  'A reminder of the back story here: Mulvaney was fourth at the 2031 world championships in 1:43.90, agonisingly close to a medal.',
  '',
  '9.26pm - SEMI THREE RESULT',
  '1. Jack Mulvaney (AUS) 1:43.45',
  '2. Yanis Ouali (FRA) 1:43.60',
  '',
  'WHAT A RUN. Mulvaney led from the bell.',
  '',
  '9.08pm - SEMI TWO RESULT',
  '1. Noah Grant (CAN) 1:44.51',
  '2. Tumelo Kgosi (BOT) 1:44.63',
].join('\n');

describe('a live blog of semi-finals with a back story', () => {
  it('reads "SEMI THREE RESULT" and "SEMI TWO RESULT" as the Olympic semi-finals, dated by the blog', () => {
    const races = deriveReport(BLOG);
    expect(races.map((r) => [r.name, r.date?.value ?? null, resultRows(r)])).toEqual([
      [
        "Brisbane 2032 Olympics – Men's 800m semi-final 2",
        '2032-08-03',
        [
          ['Noah Grant', 1, 104.51],
          ['Tumelo Kgosi', 2, 104.63],
        ],
      ],
      [
        "Brisbane 2032 Olympics – Men's 800m semi-final 3",
        '2032-08-03',
        [
          ['Jack Mulvaney', 1, 103.45],
          ['Yanis Ouali', 2, 103.6],
        ],
      ],
      ["2031 World Championships – Men's 800m", null, [['Jack Mulvaney', 4, 103.9]]],
    ]);
  });
});
