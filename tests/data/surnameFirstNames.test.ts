/**
 * Reports that write family names first in capitals, as Czech, Japanese and many federation results
 * do: "SVOBODA Marek (CZE) 13.38" in a list and "TANAKA Sota of Honda finished third" in prose are
 * Marek Svoboda and Sota Tanaka, the same runners the prose calls "Marek SVOBODA" and "Svoboda".
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('names written family name first, in capitals', () => {
  it('reads a results list of "SURNAME Given" entries as the runners the prose names', () => {
    const [race] = deriveReport(
      'TÁBOR, 24 July 2033 — Marek SVOBODA reclaimed the national 110 m hurdles title on Sunday. ' +
        'Svoboda clocked 13.38. Lukáš KREJČÍ took silver in 13.52.\n\n' +
        'Men, 110 m hurdles (Sunday):\n1. SVOBODA Marek (CZE) 13.38\n2. KREJČÍ Lukáš (CZE) 13.52\n3. DOSTÁL Filip (CZE) 13.71',
    );
    expect(race && resultRows(race)).toEqual([
      ['Marek Svoboda', 1, 13.38],
      ['Lukáš Krejčí', 2, 13.52],
      ['Filip Dostál', 3, 13.71],
    ]);
  });

  it('reads "TANAKA Sota" in prose as Sota Tanaka, the runner of the list', () => {
    const [race] = deriveReport(
      "Men's 10,000m final, Hachioji, 23 November 2030\n\n" +
        'TANAKA Sota of Honda finished third in 27:48.90. OKADA Ren (Subaru) was fourth in 27:52.37.\n\n' +
        '3. TANAKA Sota (JPN/Honda) 27:48.90\n4. OKADA Ren (JPN/Subaru) 27:52.37',
    );
    expect(race && resultRows(race)).toEqual([
      ['Sota Tanaka', 3, 1668.9],
      ['Ren Okada', 4, 1672.37],
    ]);
  });
});
