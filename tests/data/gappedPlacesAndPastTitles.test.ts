/**
 * A championship round-up: a place told with its subject and no verb after a comma ("…, Japan's Haruka
 * Morishita a surprise third in 30:20.91") is a result of its own; a year's title told with "when … and
 * …" is that year's edition, for both runners; and a heat runner who "missed out on a place in the
 * semi-finals" ran the heat, not the semi-final. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Worlds day two: Adane takes 10,000m gold',
  '',
  'Nairobi, Saturday 15 August 2037',
  '',
  "Ethiopia's Meron Adane won the women's 10,000m final at the 2037 World Championships in 30:12.48. Kenya's Ruth Wanjiku was second in 30:13.05, Japan's Sayaka Hori a surprise bronze medallist in 30:20.91.",
  '',
  'It was a reversal of the result in 2035, when Wanjiku won the world title and Adane was the runner-up.',
  '',
  "In the men's 1500m heats, Spain's Pablo Ruiz Marín won the first heat in 3:34.87. Italy's Luca Ferri was seventh in 3:35.98 and missed out on a place in the semi-finals.",
].join('\n');

describe('a championship round-up with a verbless place, a past title and a missed round', () => {
  const races = deriveReport(REPORT);
  const named = (part: string) => races.filter((r) => r.name.includes(part));

  it('gives the runner told without a verb after a comma her place and time', () => {
    const [final] = named("2037 World Championships – Women's 10000m");
    expect(final && resultRows(final)).toEqual([
      ['Meron Adane', 1, 1812.48],
      ['Ruth Wanjiku', 2, 1813.05],
      ['Sayaka Hori', 3, 1820.91],
    ]);
  });

  it('puts both runners of "in 2035, when X won the world title and Y was the runner-up" in 2035', () => {
    const [past] = named('2035 World Championships');
    expect(past && resultRows(past)).toEqual([
      ['Ruth Wanjiku', 1, null],
      ['Meron Adane', 2, null],
    ]);
  });

  it('keeps the heat time of a runner who missed out on the semi-finals in the heat', () => {
    const heat = races.find((r) => r.results.some((x) => x.athlete === 'Luca Ferri'));
    expect(heat?.name).toMatch(/1500m heat/);
    expect(heat && resultRows(heat)).toContainEqual(['Luca Ferri', 7, 215.98]);
    expect(races.filter((r) => /semi-final/.test(r.name))).toEqual([]);
  });
});
