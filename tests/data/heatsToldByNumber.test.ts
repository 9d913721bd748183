/**
 * A championship round-up: "Women's 1500m heats" then "Tadesse won the first in
 * 4:11.62" (a heat told by its number alone) and "The second heat went to …"; "Kenyans Lucy Nyambura
 * and Faith Wanjiku" (a demonym in the plural is no one's name); ", and the USA's Kennedy Ross
 * finished third in 4:13.49" (a runner after a country code opens a clause of her own). Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'World U20 Championships, day two',
  '',
  'Report from the 2034 World Athletics U20 Championships, Nairobi - Tuesday 8 August 2034',
  '',
  "The women's 3000m final was billed as a home procession. Kenyans Lucy Nyambura and Faith Wanjiku ran side by side at the front. Nyambura held on for gold in 8:52.14.",
  '',
  "Women's 1500m heats",
  "Three heats produced few surprises. Ethiopia's Bizunesh Tadesse won the first in 4:11.62, with Kenya's Mercy Chebet second in 4:11.70.",
  '',
  "The second heat went to Australia's Matilda Hawthorne in 4:13.05. Kenya's Faith Wanjiru was second, and the USA's Kennedy Ross finished third in 4:13.49.",
].join('\n');

describe('heats told by their number alone in a round-up', () => {
  const races = deriveReport(REPORT);
  const heat = (n: number) => races.find((r) => r.name.endsWith(`heat ${n}`));

  it('puts the first heat and the second apart', () => {
    expect(resultRows(heat(1)!)).toEqual([
      ['Bizunesh Tadesse', 1, 251.62],
      ['Mercy Chebet', 2, 251.7],
    ]);
    expect(resultRows(heat(2)!)).toEqual([
      ['Matilda Hawthorne', 1, 253.05],
      ['Faith Wanjiru', 2, null],
      ['Kennedy Ross', 3, 253.49],
    ]);
  });

  it('names the winner of the 3000m without the plural demonym before her name', () => {
    const final = races.find((r) => r.name.includes('3000m'));
    expect(final && resultRows(final)).toEqual([['Lucy Nyambura', 1, 532.14]]);
  });
});
