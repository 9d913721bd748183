/**
 * A wire report of a world final whose year only the championships' host city gives, its lead
 * telling the win as "stayed upright while the race fell apart around her to win", and a medallist
 * who came "into the final … from Saturday's heats", named after "The 22-year-old Chilean". Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Athletics-Varga keeps her feet to take world steeplechase final\n\n' +
  "TOKYO, Sept 15 (Reuters) - Hungary's Reka Varga stayed upright while the race fell apart around her to win the women's 3,000 metres steeplechase at the world championships on Monday, clocking 8:53.10.\n\n" +
  'Ethiopian Almaz Tekle took silver in 8:54.20.\n\n' +
  "The 22-year-old Chilean Paz Olmedo only scraped into the final as one of the fastest losers from Saturday's heats, but she kicked past the field to take bronze in 8:55.30.\n\n" +
  'Briton Ann Hale was fourth in 8:57.00.';

describe('a wire report of a world final', () => {
  const races = deriveReport(text);

  it('reads the final as the race its lead tells, with every medallist and the fourth', () => {
    const final = races.find((r) => r.round?.value === 'final');
    expect(final && resultRows(final)).toEqual([
      ['Reka Varga', 1, 533.1],
      ['Almaz Tekle', 2, 534.2],
      ['Paz Olmedo', 3, 535.3],
      ['Ann Hale', 4, 537],
    ]);
  });

  it("dates the final by its dateline, in the host city's championship year", () => {
    const final = races.find((r) => r.round?.value === 'final');
    expect(final?.date?.value).toBe('2025-09-15');
  });
});
