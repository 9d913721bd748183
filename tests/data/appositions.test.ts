import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';

const resultsOf = (text: string) =>
  deriveDataset([{ name: 'report.txt', text }]).races.flatMap((r) =>
    r.results.map((x) => [x.athlete, x.place?.value ?? null, x.time?.value ?? null]),
  );

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
