/**
 * A Commonwealth Games final report that keeps recalling the heats two days before: a heat won in a
 * relative clause before the final's silver, a heat winner named in an apposition before the
 * bronze, and "the Games" and a "gold" told after the heats section. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a championship final report that recalls the heats in asides', () => {
  const races = deriveReport(
    'Commonwealth Games 2026 | Athletics\nGlasgow, Thursday 30 July 2026\n\n' +
      "Two days after the heats, Dana Whitlock won the women's 400m hurdles final in 53.41.\n\n" +
      'Mia Corrente, who also won her heat on Tuesday, in 55.10, held her form well to take silver in 53.97. ' +
      "Nigeria's Ife Adeyemo, another of Tuesday's heat winners, took bronze in 54.20.\n\n" +
      'THE HEATS\n' +
      'Adeyemo won the third heat in 55.48, comfortably clear of the field.\n\n' +
      "Whitlock's gold was her country's second at the Games.",
  );
  const final = races.find((r) => r.name.includes('final'));

  it('gives the final the silver and bronze told after a heat recalled in an aside', () => {
    expect(final && resultRows(final)).toEqual([
      ['Dana Whitlock', 1, 53.41],
      ['Mia Corrente', 2, 53.97],
      ['Ife Adeyemo', 3, 54.2],
    ]);
  });

  it('keeps a heat time told in the aside in the heat, and "the Games" at the Commonwealth Games', () => {
    const heats = races.filter((r) => r.name.includes('heat'));
    expect(heats.flatMap((r) => resultRows(r))).toEqual(
      expect.arrayContaining([
        ['Mia Corrente', 1, 55.1],
        ['Ife Adeyemo', 1, 55.48],
      ]),
    );
    expect(races.every((r) => r.name.startsWith('Commonwealth Games 2026'))).toBe(true);
  });
});
