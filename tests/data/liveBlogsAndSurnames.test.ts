/**
 * Readings found in sets 131 and 133 (h1547, h1548, h1570): an Olympic semi-final told of "the
 * former … School pupil" in a report of 2040, a live blog's "MEN'S OFFICIAL RESULTS" and "WOMEN'S
 * RESULT CONFIRMED" headings over its "11:21 – 35km" split entries, and a headline's "De la Fuente"
 * for "Álvaro de la Fuente Ruiz". Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf } from '../helpers/reportRaces';

describe('an Olympic round told in a local paper of 2040', () => {
  const found = raceRowsOf(
    'THE WESTMORLAND STAR',
    'Thursday 9 August 2040',
    '',
    "Kendal's Team GB star Ellie Gathercole-Nwosu ran the race of her life in Cape Town last night.",
    '',
    'The 22-year-old former Queen Katherine School pupil finished third in her Olympic 800 metres semi-final in a personal best of 1 minute 58.97 seconds.',
    '',
    "American Jaylah Brooks-Whitfield won the semi-final in 1:58.40 with Ethiopia's Tigist Worku second in 1:58.61.",
  );

  it('reads "finished third in her Olympic 800 metres semi-final" as the race reported, of the Games of 2040', () => {
    expect(found).toEqual([
      {
        name: '2040 Olympics – 800m semi-final',
        date: '2040-08-08',
        rows: [
          ['Jaylah Brooks-Whitfield', 1, 118.4],
          ['Tigist Worku', 2, 118.61],
          ['Ellie Gathercole-Nwosu', 3, 118.97],
        ],
      },
    ]);
  });
});

describe('a live blog with its newest entries first', () => {
  const found = raceRowsOf(
    'LIVE: Gdańsk Baltic Marathon 2034 – as it happened',
    'Sunday 23 April 2034 · Sport desk · Updates appear newest first',
    '',
    "11:49 – WOMEN'S RESULT CONFIRMED",
    '1. Almaz Gebru Tefera (ETH) 2:21:37',
    '2. Zofia Kaczmarek-Nowak (POL) 2:22:10',
    '',
    '11:21 – 35km',
    "It's Tefera alone now, with an 18-second lead over Kaczmarek-Nowak.",
    '',
    "11:02 – MEN'S OFFICIAL RESULTS",
    '1. Hailemariam Desta Kebede (ETH) 2:06:44',
    '2. Josphat Kiprono Chelimo (KEN) 2:06:59',
    '',
    '10:38 – 35km',
    'Down to two: Desta Kebede and Chelimo, shoulder to shoulder, passing 35km in 1:45:08.',
  );

  it('puts each list under its heading\'s race, and takes "11:21 – 35km" for a split, no race', () => {
    expect(found.map((r) => [r.name, r.rows])).toEqual([
      [
        "Gdańsk Baltic Marathon 2034 – Men's marathon",
        [
          ['Hailemariam Desta Kebede', 1, 7604],
          ['Josphat Kiprono Chelimo', 2, 7619],
        ],
      ],
      [
        "Gdańsk Baltic Marathon 2034 – Women's marathon",
        [
          ['Almaz Gebru Tefera', 1, 8497],
          ['Zofia Kaczmarek-Nowak', 2, 8530],
        ],
      ],
    ]);
  });
});

describe("a headline's surname with its particles", () => {
  it('reads "De la Fuente" as the runner named "Álvaro de la Fuente Ruiz" below it', () => {
    const found = raceRowsOf(
      'De la Fuente breaks the championship record',
      '',
      'GETAFE, 29 July. – Álvaro de la Fuente Ruiz won the 400 metres hurdles at the 2029 Spanish Absolute Championships in 48.71.',
      '',
      'On Saturday De la Fuente had won his semi-final in 49.44.',
    );
    expect(found.flatMap((r) => r.rows)).toEqual([
      ['Álvaro de la Fuente Ruiz', 1, 49.44],
      ['Álvaro de la Fuente Ruiz', 1, 48.71],
    ]);
  });
});
