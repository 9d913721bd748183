/**
 * A TV website on championship semi-finals: "won his semi-final and reached the final" and "missed
 * out on a place in the final" name a final still to be run, so the results told with them are the
 * semi-finals'. "The only American to reach the final" still tells the final run. Invented runners
 * and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const SEMIS = [
  'Brisbane 2032: Okafor through to Olympic 110m hurdles final',
  '',
  "Great Britain's Daniel Okafor won his semi-final to reach the Olympic 110m hurdles final at Brisbane Stadium on Monday, 2 August.",
  '',
  "The 24-year-old clocked 13.08 to win the second semi-final ahead of Cuba's Rafael Soto, who was second in 13.12. Japan's Kenji Mori finished third in 13.19 but missed out on a place in the final.",
].join('\n');

describe('a final reached or missed in a report on the semi-finals', () => {
  const races = deriveReport(SEMIS);

  it('gives the semi-final its results, and the final none', () => {
    const semi = races.find((r) => r.name.includes('semi-final 2'));
    expect(semi && resultRows(semi)).toEqual([
      ['Daniel Okafor', 1, 13.08],
      ['Rafael Soto', 2, 13.12],
      ['Kenji Mori', 3, 13.19],
    ]);
    expect(races.filter((r) => r.name.endsWith('final') && !r.name.includes('semi'))).toEqual([]);
  });
});

describe('a final told as reached by the only runner of a country', () => {
  const races = deriveReport(
    [
      'Brisbane 2032 Olympics: Adeyemi wins 100m gold',
      '',
      "Nigeria's Grace Adeyemi won the Olympic 100m final in 10.71. Tanya Ellis, the only American to reach the final, was fifth in 10.95.",
    ].join('\n'),
  );

  it('keeps her place in the final', () => {
    const final = races.find((r) => r.name.includes('100m final'));
    expect(final && resultRows(final)).toEqual([
      ['Grace Adeyemi', 1, 10.71],
      ['Tanya Ellis', 5, 10.95],
    ]);
  });
});
