import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';

// A report in World Athletics' house style: an edition name ("OREGON22"), a line of results at
// the end after paragraphs on the heats, and a season's lead told beside the heats.
const REPORT = [
  'Farrow times his strike for world steeplechase gold',
  '',
  "REPORT: MEN'S 3000M STEEPLECHASE FINAL – WORLD ATHLETICS CHAMPIONSHIPS OREGON22",
  '18 JUL 2022 | Report | Oregon, USA',
  '',
  "Morocco's Elio Farrow left it late in the men's 3000m steeplechase final, stopping the clock at 8:25.13.",
  '',
  "Ethiopia's Galen Brevik, who had looked the likeliest winner entering the final bend, had to settle for silver in 8:25.63.",
  '',
  'Farrow, the world leader with 7:59.84 and unbeaten in three Diamond League appearances this season, had looked ' +
    'comfortable in the heats on Friday, winning the first of three in 8:16.65.',
  '',
  'Leading results: 1 Elio Farrow (MAR) 8:25.13, 2 Galen Brevik (ETH) 8:25.63, 3 Aran Mwangi (KEN) 8:26.40, 4 Ivo Tarrant (FRA) 8:26.95',
].join('\n');

describe('a World Athletics-style report', () => {
  const { races } = deriveDataset([{ name: 'wa.txt', text: REPORT }]);
  const final = races.find((r) => r.round?.value === 'final');

  it('reads "WORLD ATHLETICS CHAMPIONSHIPS OREGON22" as the 2022 World Championships in Eugene', () => {
    expect(final?.name).toBe("Eugene 2022 World Championships – Men's 3000m steeplechase final");
    expect(races.some((r) => /Diamond League/.test(r.name))).toBe(false);
  });

  it('gives the closing results line to the final it repeats, each runner with the country after the name', () => {
    expect(final?.results.map((r) => [r.place?.value, r.athlete, r.country?.value, r.time?.value])).toEqual([
      [1, 'Elio Farrow', 'MAR', 505.13],
      [2, 'Galen Brevik', 'ETH', 505.63],
      [3, 'Aran Mwangi', 'KEN', 506.4],
      [4, 'Ivo Tarrant', 'FRA', 506.95],
    ]);
  });

  it('takes neither "the likeliest winner" for a win nor "the world leader with 7:59.84" for a result', () => {
    const times = races.flatMap((r) => r.results.map((x) => x.time?.value));
    expect(times).not.toContain(479.84);
    expect(final?.results.find((r) => r.athlete === 'Galen Brevik')?.place?.value).toBe(2);
  });
});
