/**
 * Surnames written with their particles (from reading h1210 of set 103 and sets 113 to 115): the Dutch
 * elided "'t", and a Spanish surname written without its given name, lower-case particles first,
 * beside names of things that hold particles too. Invented runners.
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
