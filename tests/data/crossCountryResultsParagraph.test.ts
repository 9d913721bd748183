/**
 * A cross-country report that ends on one "Results:" paragraph with a heading per race and entries
 * separated by semicolons. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a results paragraph with a heading per race', () => {
  const races = deriveReport(
    "Eritrea's Nahom Tesfay won the men's 10km race, while Ethiopia's Almaz Gebre won the women's 8km.\n\n" +
      'Results: Men (10km): 1. Nahom Tesfay (ERI) 29:41; 2. Edwin Kibet (KEN) 29:44; 3. Adrián Castaño (ESP) 29:58. ' +
      'Women (8km): 1. Almaz Gebre (ETH) 26:12; 2. Carmen Vidal (ESP) 26:30. ' +
      'U20 men (6km): 1. Daniel Osorio (ESP) 18:50; 2. Mohamed Ait Said (MAR) 18:55.',
  );

  it('reads the first heading after "Results:" and each entry in place order, "Said" as a surname', () => {
    expect(races.map((r) => [r.event?.value, resultRows(r)])).toEqual([
      [
        '10km',
        [
          ['Nahom Tesfay', 1, 1781],
          ['Edwin Kibet', 2, 1784],
          ['Adrián Castaño', 3, 1798],
        ],
      ],
      [
        '6km',
        [
          ['Daniel Osorio', 1, 1130],
          ['Mohamed Ait Said', 2, 1135],
        ],
      ],
      [
        '8km',
        [
          ['Almaz Gebre', 1, 1572],
          ['Carmen Vidal', 2, 1590],
        ],
      ],
    ]);
    // ("U20 men (6km):" heads a men's race of its own, named after the senior men's.)
    expect(races.find((r) => r.event?.value === '6km')?.sex?.value).toBe('men');
  });
});
