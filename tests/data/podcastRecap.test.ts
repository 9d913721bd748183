/**
 * A podcast transcript's recap of a meeting's two mile races: "Okay — the women's Wanamaker." turns
 * to the women's race, and "his outdoor PB is 3:46.8" is a best, not a time of the race. Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const TRANSCRIPT = [
  'THE BELL LAP — Episode 212',
  '',
  'DEV: Wanamaker Mile, men. Liam Byrne won it in 3:47.91.',
  '',
  'MAYA: And Elias Vandenberghe held on for second, 3:48.30. Although his outdoor PB is 3:46.8.',
  '',
  "MAYA: Bold. Okay — the women's Wanamaker.",
  '',
  'DEV: Hana Kovarova won in 4:19.04. Brianna Tolliver was second.',
].join('\n');

describe('a podcast recap of two mile races', () => {
  const races = deriveReport(TRANSCRIPT);

  it("keeps the women's race apart from the men's, and takes no best for a time", () => {
    expect(races.map((r) => resultRows(r))).toEqual([
      [
        ['Liam Byrne', 1, 227.91],
        ['Elias Vandenberghe', 2, 228.3],
      ],
      [
        ['Hana Kovarova', 1, 259.04],
        ['Brianna Tolliver', 2, null],
      ],
    ]);
  });
});
