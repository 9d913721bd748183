import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const resultsOf = (text: string) => deriveReport(text).flatMap(resultRows);

describe('epithets set before a name, and compatriots joined by "and"', () => {
  it('"the American Cole Hocker" is Cole Hocker, not the person named before', () => {
    const text =
      'Olympic 1500m final\n\nIn the Olympic 1500m final in Paris on 6 August 2024, Josh Kerr led at the bell. ' +
      'And then the American Cole Hocker came up the inside and won in 3:27.65. Kerr held on for silver in 3:27.79.';
    expect(resultsOf(text)).toEqual([
      ['Cole Hocker', 1, 207.65],
      ['Josh Kerr', 2, 207.79],
    ]);
  });

  it('an age set before a name binds the age to that name for later references', () => {
    const text =
      "Men's 800m final\n\nAt the 2023 World Championships in Budapest, Elio Farrow led early in the 800m final. " +
      'The 22-year-old Galen Brevik won in 1:44.10. Farrow was second in 1:44.50. The 22-year-old said it was his best day.';
    expect(resultsOf(text)).toEqual([
      ['Galen Brevik', 1, 104.1],
      ['Elio Farrow', 2, 104.5],
    ]);
  });

  it('"… second and his compatriot X taking bronze" gives the bronze to X', () => {
    const text =
      "Men's 1500m final\n\nAt the 2023 World Championships in Budapest, Josh Kerr won the 1500m final in 3:29.38, " +
      'with the Norwegian Jakob Ingebrigtsen second in 3:29.65 and his compatriot Narve Gilje Nordås taking bronze.';
    expect(resultsOf(text)).toEqual([
      ['Josh Kerr', 1, 209.38],
      ['Jakob Ingebrigtsen', 2, 209.65],
      ['Narve Gilje Nordås', 3, null],
    ]);
  });
});

describe('regional epithets and the clock', () => {
  it('"The Yorkshirewoman" and "The Englishwoman" are the person just named', () => {
    const text =
      "Women's 1500m\n\nAt the London Diamond League on 20 July 2024, Ada Blackwood won in 3:56.41. " +
      "There was heartbreak for Britain's Nell Pryce. The Yorkshirewoman fell and got up to finish 12th in 4:09.30. " +
      "Britain's Rose Tamblyn was fifth. The Englishwoman ran 3:58.55.";
    expect(resultsOf(text)).toEqual([
      ['Ada Blackwood', 1, 236.41],
      ['Rose Tamblyn', 5, 238.55],
      ['Nell Pryce', 12, 249.3],
    ]);
  });

  it('"The Madrilenian X" is X, and "the Norwegian federation" is no one', () => {
    const text =
      '10km road race\n\nOn 31 December 2023, Peter Lomu won in 27:14. The Madrilenian Jorge Sanz was fourth ' +
      'in 27:58. The Norwegian federation sent nobody.';
    expect(resultsOf(text)).toEqual([
      ['Peter Lomu', 1, 1634],
      ['Jorge Sanz', 4, 1678],
    ]);
  });

  it('"The clock stopped at 3:56.41" gives the time to the last subject', () => {
    const text =
      "Women's 1500m\n\nAt the London Diamond League on 20 July 2024, Ada Blackwood came off the final bend " +
      'on the shoulder of Mara Kiptoo and went with 80 metres left. The clock stopped at 3:56.41, a personal best. ' +
      'Kiptoo was second in 3:56.78.';
    expect(resultsOf(text)).toEqual([
      ['Ada Blackwood', 1, 236.41],
      ['Mara Kiptoo', 2, 236.78],
    ]);
  });
});

describe('double surnames', () => {
  it('"Ferreira Mota" after "Leticia Ferreira Mota" is her surname, not a runner of its own', () => {
    const text =
      "Women's 800m\n\nBrazil's Leticia Ferreira Mota won the 800m at the Rome meeting in 1:58.44, with Ann " +
      'Stroud second in 1:58.61. Stroud was ahead of Ferreira Mota until the final bend, and Ferreira ' +
      "Mota's kick decided it.";
    expect(resultsOf(text)).toEqual([
      ['Leticia Ferreira Mota', 1, 118.44],
      ['Ann Stroud', 2, 118.61],
    ]);
  });

  it('"Gómez de la Torre" after "Adrián Gómez de la Torre" is the runner named in full, five words and all', () => {
    const text =
      'Gómez de la Torre wins in Madrid\n\nMadrid, 18 Feb. — The Spaniard Adrián Gómez de la Torre won the ' +
      '1500 metres of the Madrid Indoor Meeting with a mark of 3:35.48. Gómez de la Torre thanked the crowd.';
    expect(resultsOf(text)).toEqual([['Adrián Gómez de la Torre', 1, 215.48]]);
  });
});

describe('medals listed in order', () => {
  it('"the medals went to A, B and C, in that order" gives them first, second and third', () => {
    const text =
      "Tenth\n\nAt the 2028 Olympics in Los Angeles, the men's 10,000m final was a tactical race. In the end " +
      "the medals went to Ethiopia's Abe Gudeta, Uganda's Josh Okello and Norway's Hen Lindqvist, in that order.";
    expect(resultsOf(text)).toEqual([
      ['Abe Gudeta', 1, null],
      ['Josh Okello', 2, null],
      ['Hen Lindqvist', 3, null],
    ]);
  });
});
