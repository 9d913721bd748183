/**
 * Readings found while reading held-out sets (h1210 of set 103, h1308 of set 111, h1172 of set 99, h1319
 * of set 112, and sets 113 to 115): surnames written with their particles (the Dutch elided "'t", a
 * surname written alone with lower-case particles first, beside names of things that hold particles
 * too), a place overall beside a place among the women, a winner shouted in capitals, "running in the
 * heat", times written "29.41" for a 10 km race, "the European indoor final", a record time told before
 * "behind" the winner, and a podcast's show notes. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf } from '../helpers/reportRaces';

describe('surnames with particles', () => {
  it("reads the Dutch particle 't inside a name", () => {
    const found = raceRowsOf(
      'World Indoor Championships, Torun.',
      '',
      "Ama Boateng of Ghana is the world indoor 400m champion in 50.62. Poland's Ola Nowak took silver in 50.88, and the Dutch runner Femke van 't Hoff takes bronze in 51.20.",
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Ama Boateng', 1, 50.62],
        ['Ola Nowak', 2, 50.88],
        ["Femke van 't Hoff", 3, 51.2],
      ],
    ]);
  });

  it('gives a result told with the surname alone, its particles first, to the runner named in full', () => {
    const found = raceRowsOf(
      'World Indoor Championships, Torun.',
      '',
      "Álvaro de la Fuente Ibarra of Spain is into the men's 1500m final. The final is on Sunday.",
      '',
      "In the men's 1500m heats yesterday, de la Fuente Ibarra was the quickest qualifier, winning his heat in 3:38.40.",
    );
    expect(found.map((r) => r.rows)).toEqual([[['Álvaro de la Fuente Ibarra', 1, 218.4]]]);
  });

  it('takes no runner from particles inside the name of a meeting or a paper', () => {
    const found = raceRowsOf(
      'Dal Molin flies in Pescara',
      '',
      "Last night, at the 19th Meeting della Riviera, Lorenzo Dal Molin won the men's 100m in 10.02, with Marco Bassi second in 10.12, reports Diario del Atletismo.",
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Lorenzo Dal Molin', 1, 10.02],
        ['Marco Bassi', 2, 10.12],
      ],
    ]);
  });
});

describe('a place overall beside a place among the women', () => {
  it('gives the first woman home her place overall in a race run by both', () => {
    const found = raceRowsOf(
      'Calder Valley 10K report',
      '',
      "The race itself was won by Leeds City AC's Kwame Asante in 29:48. First woman home was Wakefield Harriers' Hannah Ridley-Moss in 33:55, an excellent 41st overall.",
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Kwame Asante', 1, 1788],
        ['Hannah Ridley-Moss', 41, 2035],
      ],
    ]);
  });

  it("keeps the first lady first in the women's race, not her place overall", () => {
    const found = raceRowsOf(
      'Tonbridge 5K: results',
      '',
      "In the women's race, Hannah Vickers of Tonbridge was first lady for the second race running, crossing the line in 17:52, 43rd overall. Sophie Ward was second in 18:10.",
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Hannah Vickers', 1, 1072],
        ['Sophie Ward', 2, 1090],
      ],
    ]);
  });
});

describe('a live commentary that shouts its winner', () => {
  it('gives the win to a name shouted in capitals with its particle, its time told next', () => {
    const found = raceRowsOf(
      'European Championships, Lisbon, August 12, 2038',
      '',
      "20:02 The women's 10,000m final is under way. Lotte de Wit-Bakker of the Netherlands leads, with Britain's Eilidh McAllister at the back.",
      '',
      '20:26 LOTTE DE WIT-BAKKER IS EUROPEAN CHAMPION! 31:02.47, a championship record. McAllister takes silver in 31:04.90, her first major medal.',
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Lotte de Wit-Bakker', 1, null],
        ['Eilidh McAllister', 2, 1864.9],
      ],
    ]);
  });

  it('reads "running in the heat" as the weather, not a round of heats', () => {
    const found = raceRowsOf(
      'RADIO COMMENTARY — World Athletics Championships, Perth 2035',
      "Women's marathon, Saturday 4 August",
      '',
      'Into the finish straight, Joyline Kirwa, the Kenyan, arms aloft... she is WORLD CHAMPION! Two hours, twenty-four minutes and thirty-eight seconds!',
      '',
      'Wonderful, wonderful running in the heat. 2:24:38 will look slow on paper.',
      '',
      'And here is the veteran, Misaki Tokunaga, silver, crossing in 2:24:59!',
    );
    expect(found.map((r) => [r.name, r.rows])).toEqual([
      [
        "Perth 2035 World Championships – Women's marathon",
        [
          ['Joyline Kirwa', 1, null],
          ['Misaki Tokunaga', 2, 8699],
        ],
      ],
    ]);
  });
});

describe('a translated cross-country report', () => {
  const found = raceRowsOf(
    'García defends his crown beneath the walls',
    '',
    "ÁVILA — The Cross de las Murallas de Ávila had a local winner for the second year running. Dámaso García, the 26-year-old from Ávila, won the men's race on Sunday, over 10 kilometres, after a duel with the Kenyan Philemon Langat.",
    '',
    'He stopped the clock at 29.41. Langat crossed three seconds later, in 29.44.',
    '',
    'RESULTS',
    '',
    'Men (10 km): 1. Dámaso García (ESP) 29.41; 2. Philemon Langat (KEN) 29.44; 3. Juan de la Fuente (ESP) 29.58.',
  );

  it('reads times written with a full stop as minutes and seconds, when the report writes no other kind', () => {
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Dámaso García', 1, 1781],
        ['Philemon Langat', 2, 1784],
        ['Juan de la Fuente', 3, 1798],
      ],
    ]);
  });

  it('takes no runner from the name of the race, whose particles follow a capitalised word', () => {
    expect(found.flatMap((r) => r.rows.map((row) => row[0]))).toEqual([
      'Dámaso García',
      'Philemon Langat',
      'Juan de la Fuente',
    ]);
  });
});

describe('a doping story that tells two races in passing', () => {
  const found = raceRowsOf(
    'Athletics-European indoor 800m champion Daukšaitė provisionally suspended',
    '',
    "MONACO, July 20 (Reuters) - Lithuania's Gabija Daukšaitė has been provisionally suspended, the Athletics Integrity Unit said on Monday.",
    '',
    "The sample was collected at the Riga Amber Grand Prix on July 2, where the 25-year-old finished second in a national record of one minute 57.96 seconds behind Kenya's Faith Rotich, who won in 1:57.80.",
    '',
    "In March she won the European indoor final in Toruń in 1:59.84, holding off Britain's Freya Osei, who took silver in 2:00.11.",
  );

  it('gives the runner-up the record time told before "behind" the winner', () => {
    expect(found.find((r) => r.name.includes('Riga'))?.rows).toEqual([
      ['Faith Rotich', 1, 117.8],
      ['Gabija Daukšaitė', 2, 117.96],
    ]);
  });

  it('reads "the European indoor final" as that championship, a race of its own', () => {
    expect(found.find((r) => r.name.includes('European Indoor'))?.rows).toEqual([
      ['Gabija Daukšaitė', 1, 119.84],
      ['Freya Osei', 2, 120.11],
    ]);
  });
});

describe("a podcast's show notes", () => {
  it('name a runner in full on a heading line in sentence case, for the surname the transcript uses', () => {
    const found = raceRowsOf(
      'THE BACKSTRAIGHT — Episode 212',
      '',
      'SHOW NOTES',
      '',
      "03:40 — Men's 3000m: Ahmed Ouali-Benkirane's redemption",
      '',
      'TRANSCRIPT EXCERPT (03:40–12:20)',
      '',
      "PRIYA: So. The men's 3000m. Ouali-Benkirane wins in 7:28.31.",
    );
    expect(found.map((r) => r.rows)).toEqual([[['Ahmed Ouali-Benkirane', 1, 448.31]]]);
  });
});
