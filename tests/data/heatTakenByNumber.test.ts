/**
 * "Hesketh took heat two in 11.12": a heat taken, named by its number, is a heat won. Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a heat "taken" by its number', () => {
  it('gives its taker the win and the time', () => {
    const [race] = deriveReport("Results\n\nWomen's 100m heats\n\nLydia Hesketh took heat two in 11.12.");
    expect(race?.name).toMatch(/heat 2\b/);
    expect(resultRows(race!)).toEqual([['Lydia Hesketh', 1, 11.12]]);
  });
});
