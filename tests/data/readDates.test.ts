import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';

const datesOf = (text: string) =>
  deriveDataset([{ name: 'report.txt', text }]).races.map((r) => [r.name, r.date?.value ?? null]);

describe('readDates (which days date which race)', () => {
  it('a weekday in quoted speech dates no race', () => {
    const text =
      'Brevik into the final\n\nThursday, July 20, 2028\n\n' +
      "Galen Brevik won the first heat of the men's 1500m at the Los Angeles Olympic Games on Thursday in 3:35.10. " +
      '"Now I rest and prepare for Saturday," Brevik said.';
    expect(datesOf(text)).toEqual([["Los Angeles 2028 Olympics – Men's 1500m heat 1", '2028-07-20']]);
  });

  it('a weekday of the next meeting, told as what comes next, dates no race', () => {
    const text =
      "Results from Torun\n\nTORUŃ, Feb 16 - Elio Farrow won the men's 800m at the Orlen Copernicus Cup in 1:46.10. " +
      'The next World Indoor Tour meeting is in Madrid on Friday.';
    expect(datesOf(text)).toEqual([["Orlen Copernicus Cup – Men's 800m", null]]);
  });

  it('a race "held on the 4th" takes its month and year from the date the report was published', () => {
    const text =
      '[Translated from the Spanish. Original published in a sports daily, 5 May 2036.]\n\n' +
      "The 40th Spanish Athletics Championships 10,000m was held on the 4th in Madrid. Ander Ruiz won the men's title in 27:41.20.";
    expect(datesOf(text).map(([, date]) => date)).toEqual(['2036-05-04']);
  });
});
