/**
 * Readings found while reading held-out sets (h1332 of set 113, h1343 of set 114): a medal and its time
 * set after a runner's name ("the Peruvian X, silver in 3:39.50"), Hispanic names of two given names
 * and two surnames (written later by the first surname alone, or named after "ahead of"), and a clause
 * of another year after a win ("wins in 7:28.31, and a year ago …"); and from set 116 (h1373) a French
 * paper's translation: its edition's date, "second place in the final", and results written 13''09.
 * Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf } from '../helpers/reportRaces';

describe('medals set after a name', () => {
  it('gives the medal and its time to the runner named before them', () => {
    const found = raceRowsOf(
      "Men's 1500m final, Lima, May 15, 2032.",
      '',
      'Federico Ibarra won in 3:39.12, resisting the comeback of the Peruvian José Luis Huamán Quispe, silver in 3:39.50.',
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Federico Ibarra', 1, 219.12],
        ['José Luis Huamán Quispe', 2, 219.5],
      ],
    ]);
  });

  it('reads each medallist of a list of appositions, times written with a decimal comma', () => {
    const found = raceRowsOf(
      "Women's 400m hurdles final, Lima, May 15, 2032.",
      '',
      'Ana Restrepo won in 55,08 seconds, well ahead of the Brazilian Thaís Nogueira dos Santos, silver with 55,41, and of the Ecuadorian Génesis Quiñónez Arroyo, bronze with 56,02.',
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Ana Restrepo', 1, 55.08],
        ['Thaís Nogueira dos Santos', 2, 55.41],
        ['Génesis Quiñónez Arroyo', 3, 56.02],
      ],
    ]);
  });
});

describe('names of two given names and two surnames', () => {
  it('reads a runner of four names after "ahead of"', () => {
    const found = raceRowsOf(
      "Men's 1500m final, Lima, May 15, 2032.",
      '',
      'Federico Ibarra won in 3:39.12, ahead of Juan Luis Perez Soto (3:39.50).',
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Federico Ibarra', 1, 219.12],
        ['Juan Luis Perez Soto', null, 219.5],
      ],
    ]);
  });

  it('gives a result told with the first surname alone to the runner named in full', () => {
    const found = raceRowsOf(
      "Women's 400m hurdles final, Lima, May 15, 2032.",
      '',
      'The Colombian María Camila Restrepo Ossa won the final.',
      '',
      'Restrepo, 27 years old and from Medellín, stopped the clock at 55,08 seconds.',
    );
    expect(found.map((r) => r.rows)).toEqual([[['María Camila Restrepo Ossa', 1, 55.08]]]);
  });
});

describe('a clause of another year', () => {
  it('keeps a win in the race in hand when a clause of a year ago follows it', () => {
    const found = raceRowsOf(
      'Published Monday 12 February 2029',
      '',
      "Saturday night's indoor meeting in Reims had one headline race, the men's 3000m.",
      '',
      'So. The 3000. Ahmed Ouali wins in 7:28.31, and a year ago people were writing him off.',
    );
    expect(found.map((r) => [r.date, r.rows])).toEqual([['2029-02-10', [['Ahmed Ouali', 1, 448.31]]]]);
  });

  it('keeps the subject of a clause of last year that names none of its own', () => {
    const found = raceRowsOf(
      'National Cross Country Championships preview, 2038.',
      '',
      'Tom Ashworth won his first title in 2036 at Wollaton Park, and last year defended it here in 38:12, holding off the runner-up, Kieran Mbeki of Belgrave Harriers, by four seconds.',
    );
    expect(found.flatMap((r) => r.rows)).toContainEqual(['Tom Ashworth', 1, 2292]);
    expect(
      found.flatMap((r) => r.rows.filter((row) => row[0] === 'Kieran Mbeki' && row[2] !== null)),
    ).toEqual([]);
  });
});

describe('a French paper in translation', () => {
  it("dates the race by the edition, reads the place in the final and the results written 13''09", () => {
    const found = raceRowsOf(
      "[Unofficial English translation of an article from L'Écho des Alpes (Grenoble), edition of Friday 11 July 2036. Times are given as in the original.]",
      '',
      'ATHLETICS - EUROPEAN CHAMPIONSHIPS',
      '',
      'Kévin Lemaire took second place in the final of the 110 m hurdles on Thursday evening in Bergen, three hundredths behind the Spaniard Asier Etxeberria.',
      '',
      'The results',
      "110 m hurdles (men), final: 1. Etxeberria (ESP) 13''09; 2. Lemaire (FRA) 13''12; 3. Haldorsen (NOR) 13''41.",
    );
    expect(found).toEqual([
      {
        name: 'European Championships 2036 – 110m hurdles final',
        date: '2036-07-10',
        rows: [
          ['Asier Etxeberria', 1, 13.09],
          ['Kévin Lemaire', 2, 13.12],
          ['Haldorsen', 3, 13.41],
        ],
      },
    ]);
  });
});
