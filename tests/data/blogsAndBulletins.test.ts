/**
 * Readings found in sets 122 to 124's club newsletter (h1453), translated Brazilian report (h1440),
 * live blogs (h1448, h1463) and news-agency wire (h1446): tables of comma-separated values, times in
 * Portuguese notation, post stamps that are no times, medal emoji opening results lines, numbered
 * semi-finals of a round told in a preview, and a final told relative to semi-finals no day is given
 * for. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf, rowsByRace } from '../helpers/reportRaces';

describe('club newsletters and translated reports', () => {
  it('reads a table of comma-separated values under its header, and the women\'s race told after ", and in"', () => {
    const found = raceRowsOf(
      'THE HARBOUR HARRIER - Issue 12, June 2038',
      '',
      'HARBOUR SUMMER 5K - Thursday 10 June',
      '',
      "Femi Adeyemi-Strand of Dockside Striders won the men's race in 14:48, and in the women's race our own Maeve Ó Ceallaigh won in 16:59.",
      '',
      'First three men',
      'Pos,Bib,Name,Club,Cat,Time',
      '1,117,Femi Adeyemi-Strand,Dockside Striders,M,14:48',
      '2,052,Pavel Dvořák,Harbour RR,M40,15:02',
      '3,203,Owen Pritchard-Lamb,,M20,15:09',
      '',
      'First two women',
      'Pos,Bib,Name,Club,Cat,Time',
      '1,061,Maeve Ó Ceallaigh,Harbour RR,F,16:59',
      '2,182,Ingrid Solvang,Dockside Striders,F35,17:14',
    );
    expect(rowsByRace(found)).toEqual([
      [
        "Men's 5km",
        [
          ['Femi Adeyemi-Strand', 1, 888],
          ['Pavel Dvořák', 2, 902],
          ['Owen Pritchard-Lamb', 3, 909],
        ],
      ],
      [
        "Women's 5km",
        [
          ['Maeve Ó Ceallaigh', 1, 1019],
          ['Ingrid Solvang', 2, 1034],
        ],
      ],
    ]);
  });

  it('reads times in Portuguese notation: "1min46s08", "12s95"', () => {
    const found = raceRowsOf(
      "QUITO - Brazil's Caio Henrique Barreto won the men's 800 metres final in 1min46s08, a championship record, after passing the bell in 51s9.",
      '',
      'The Colombian Julián Andrés Restrepo finished second with 1min46s51.',
      '',
      "In the women's 100 metres hurdles final, the Cuban Dayanis Ortega won with 12s87 and Brazil's Rafaela Couto took the silver with 12s95.",
    );
    expect(rowsByRace(found)).toEqual([
      [
        "Men's 800m final",
        [
          ['Caio Henrique Barreto', 1, 106.08],
          ['Julián Andrés Restrepo', 2, 106.51],
        ],
      ],
      [
        "Women's 100m hurdles final",
        [
          ['Dayanis Ortega', 1, 12.87],
          ['Rafaela Couto', 2, 12.95],
        ],
      ],
    ]);
  });
});

describe('live blogs', () => {
  it("reads no time in a post's stamp, medal emoji as places, and a morning post's marathon", () => {
    const found = raceRowsOf(
      'LIVE: World Athletics Championships Nairobi 2033 - day four',
      'Tuesday 23 August 2033',
      '',
      "22:14 That's all from us tonight. Thanks for your company.",
      '',
      "21:53 MEN'S 800m FINAL - RESULT",
      '🥇 Kibet Langat Rotich (KEN) 1:43.21',
      '🥈 Ignacio Berruezo-Sanz (ESP) 1:43.40',
      '🥉 Walid Haddadi (ALG) 1:43.66',
      '',
      '21:49 Reader email from Mercy in Iten: she says the crowd has never been louder than this tonight.',
      '',
      '---MORNING SESSION---',
      '',
      "09:05 Marathon wrap: Ethiopia's Gebremedhin Hailu Desta is the men's marathon world champion after a solo run from 30km, winning in 2:08:14.",
    );
    expect(rowsByRace(found)).toEqual([
      [
        "Men's 800m final",
        [
          ['Kibet Langat Rotich', 1, 103.21],
          ['Ignacio Berruezo-Sanz', 2, 103.4],
          ['Walid Haddadi', 3, 103.66],
        ],
      ],
      ["Men's marathon", [['Gebremedhin Hailu Desta', 1, 7694]]],
    ]);
  });

  it('gives the numbered semi-finals the event whose semi-finals the opening post named', () => {
    const found = raceRowsOf(
      'European Championships Tampere 2036, day four evening session - live',
      '',
      "18:55 Welcome to the stadium for a big night: three 100m hurdles semi-finals, the men's 400m final and the women's 5000m final.",
      '',
      "19:06 SEMI-FINAL ONE. A clean win for Portugal's Inês Carvalhal in 12.61, with Réka Szabó of Hungary second in 12.74.",
      '',
      "19:14 SEMI-FINAL TWO. Turkey's Melis Aydın wins it in 12.58 into a slight headwind.",
    );
    expect(rowsByRace(found)).toEqual([
      [
        '100m hurdles semi-final 1',
        [
          ['Inês Carvalhal', 1, 12.61],
          ['Réka Szabó', 2, 12.74],
        ],
      ],
      ['100m hurdles semi-final 2', [['Melis Aydın', 1, 12.58]]],
    ]);
  });
});

describe('wires', () => {
  it('dates a final, told as less than three hours after semi-finals with no day of their own, by the dateline', () => {
    const found = raceRowsOf(
      'Claessens ends Belgian wait for European indoor 400m gold',
      '',
      'CLUJ-NAPOCA, Romania, March 5, 2039 (dpa) - Wout Claessens won the European indoor 400 metres title on Saturday in 45.38 seconds.',
      '',
      'The final came less than three hours after the semi-finals, and Claessens had looked the strongest then too, winning the first semi in 45.89.',
    );
    expect(found.map((r) => [r.name.replace(/^.* – /, ''), r.date])).toEqual([
      ['400m final', '2039-03-05'],
      ['400m semi-final 1', '2039-03-05'],
    ]);
  });
});
