/**
 * Readings found while reading held-out sets 116 (h1369) and 117 (h1387): a federation's results
 * tables that set the surname first and the club in a column of its own, under headings whose parts
 * are set off by dashes ("Men - 60m - Final - Sunday 18 February 2029"), and a club's post of numbered
 * lines with age categories, under headings of each race and its course; and a TV graphic of surnames in
 * capitals with bare country codes (h1377 of set 117), a podcast's results after a dash ("Women — 1. …",
 * h1379), a course's lap told in km (h1394 of set 118), and a translated paper's "Women, 10,000 m:" under
 * prose that names its stadium (h1367 of set 116). Invented runners and clubs.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf } from '../helpers/reportRaces';

const REPORT = [
  'PRESS RELEASE - Swiss Athletics',
  '',
  'ST. GALLEN - Noémie Brandt-Rey (CA Fribourg) won the women’s 60m hurdles final at the 2029 Swiss Indoor Championships in 7.91, ahead of Chiara Bernasconi (SFG Chiasso).',
  '',
  "In the men's 60m, Jonas Aebischer (LC Zürich) won his third national indoor title in 6.58, edging Kevin Mbala-Ruchti (BTV Aarau).",
  '',
  'RESULTS',
  '',
  'Women - 60m hurdles - Final - Sunday 18 February 2029',
  ' 1  Brandt-Rey Noémie        CA Fribourg          7.91  CR',
  ' 2  Bernasconi Chiara        SFG Chiasso          8.02',
  ' 3  Zürcher Lea              LC Zürich            8.17',
  '',
  'Men - 60m - Final - Sunday 18 February 2029',
  ' 1  Aebischer Jonas          LC Zürich            6.58',
  ' 2  Mbala-Ruchti Kevin       BTV Aarau            6.61',
  ' 3  Wyss Timo                STB Bern             6.63',
];

describe('a federation’s tables, surname first', () => {
  it('reads each runner by the name the report gives, given name first, without the club', () => {
    const found = raceRowsOf(...REPORT);
    expect(found).toHaveLength(2);
    expect(found.map((r) => [r.name, r.rows])).toEqual(
      expect.arrayContaining([
        [
          "Swiss Indoor Championships 2029 – Women's 60m hurdles final",
          [
            ['Noémie Brandt-Rey', 1, 7.91],
            ['Chiara Bernasconi', 2, 8.02],
            ['Lea Zürcher', 3, 8.17],
          ],
        ],
        [
          "Swiss Indoor Championships 2029 – Men's 60m final",
          [
            ['Jonas Aebischer', 1, 6.58],
            ['Kevin Mbala-Ruchti', 2, 6.61],
            ['Timo Wyss', 3, 6.63],
          ],
        ],
      ]),
    );
  });

  it('keeps a table’s names as written when the report names one of them so', () => {
    const found = raceRowsOf(
      "Jonas Aebischer won the men's 60m final at the 2029 Swiss Indoor Championships in 6.58.",
      '',
      'Men - 60m - Final',
      ' 1  Jonas Aebischer          LC Zürich            6.58',
      ' 2  Kevin Mbala              BTV Aarau            6.61',
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Jonas Aebischer', 1, 6.58],
        ['Kevin Mbala', 2, 6.61],
      ],
    ]);
  });
});

describe('a club’s post of numbered lines', () => {
  it('reads each line with its age category and the race of its heading, and no runner from a count', () => {
    const found = raceRowsOf(
      'Club post · Sunday 19 January 2031',
      '',
      'Fourteen AERC vets took the train to Overveen this morning for the masters cross, and we came home with two category wins.',
      '',
      "WOMEN'S MASTERS RACE — 5.2 km",
      '4. Femke de Wit-Jansen — W40 (1st!) — 21:48',
      '9. Siobhán Ní Bhriain — W45 (2nd) — 22:57',
      '',
      "MEN'S MASTERS RACE — 7.8 km",
      "2. Pieter van 't Hof — M45 (1st) — 27:02",
      '17. Joost van der Plas — M50 (3rd) — 30:11',
    );
    expect(found.map((r) => [r.name.replace(/ \(.*/, ''), r.rows])).toEqual(
      expect.arrayContaining([
        [
          "Women's 5.2km",
          [
            ['Femke de Wit-Jansen', 4, 1308],
            ['Siobhán Ní Bhriain', 9, 1377],
          ],
        ],
        [
          "Men's 7.8km",
          [
            ["Pieter van 't Hof", 2, 1622],
            ['Joost van der Plas', 17, 1811],
          ],
        ],
      ]),
    );
    expect(found).toHaveLength(2);
  });
});

describe('a TV graphic of surnames in capitals', () => {
  it('gives each line to the runner the commentary named, and keeps a runner it never named in full', () => {
    const found = raceRowsOf(
      'DIAMOND LEAGUE LIVE: BERGEN FJORD GAMES',
      'Broadcast transcript, Thursday 12 June 2031',
      '',
      "PH: Here we go for the women's steeplechase. Sharon Jepkemboi Rotich of Kenya leads, with Meseret Alemu Tadesse of Ethiopia on her shoulder.",
      '',
      'PH: Rotich wins it!',
      '',
      '[GRAPHIC: RESULT]',
      '1  ROTICH            KEN  9:01.37  MR',
      '2  TADESSE           ETH  9:02.10',
      '3  KOWALCZYK-ADAMS   POL  9:05.88  NR',
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Sharon Jepkemboi Rotich', 1, 541.37],
        ['Meseret Alemu Tadesse', 2, 542.1],
        ['Kowalczyk-Adams', 3, 545.88],
      ],
    ]);
  });
});

describe('results after a heading and its dash', () => {
  it('reads a list of numbered entries after "Women —" as one line', () => {
    const found = raceRowsOf(
      'Daugava Half Marathon in Riga (Sunday 23 April 2034)',
      '',
      'Results mentioned (from the organisers):',
      'Women — 1. Tsige Worku Bekele (ETH) 1:05:48; 2. Faith Chemutai Langat (KEN) 1:06:31',
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Tsige Worku Bekele', 1, 3948],
        ['Faith Chemutai Langat', 2, 3991],
      ],
    ]);
  });
});

describe('a course told in km', () => {
  it('takes no race from the length of a lap', () => {
    const found = raceRowsOf(
      'AREQUIPA, Peru, March 15 (AFP) - The loop laid out on the old racecourse is 2km long, with a water-splash.',
      '',
      "The senior women's race is a rematch. Two weeks ago, Kenya's Sheila Kosgei won the Kenyan trials in 33:10, with Ruth Chebet second.",
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Sheila Kosgei', 1, 1990],
        ['Ruth Chebet', 2, null],
      ],
    ]);
    expect(found.map((r) => r.name).filter((name) => /2000m|2km/.test(name))).toEqual([]);
  });
});

describe('a results line headed by its sex and distance', () => {
  it('gives "Women, 10,000 m:" to the women’s race and takes no runner from the stadium', () => {
    const found = raceRowsOf(
      'CUENCA, 16 May 2032. - There was no room left in the stands of the Estadio Alejandro Serrano Aguilar when Jhoselyn Quishpe Tenesaca won the 10,000 metres of the South American Championships.',
      '',
      'RESULTS',
      '',
      'Women, 10,000 m: 1. Jhoselyn Quishpe Tenesaca (ECU) 32:14.07 CR; 2. Gladys Mamani Huarca (PER) 32:19.50.',
    );
    expect(found.map((r) => [r.name, r.rows])).toEqual([
      [
        "South American Championships 2032 – Women's 10000m",
        [
          ['Jhoselyn Quishpe Tenesaca', 1, 1934.07],
          ['Gladys Mamani Huarca', 2, 1939.5],
        ],
      ],
    ]);
  });
});
