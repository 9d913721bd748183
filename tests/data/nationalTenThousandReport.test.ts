/**
 * A weekly paper on two local runners at the "British 10,000m Championships": the event inside the
 * meeting's name, "the men's championship race", "after struggling with the heat" (the weather, no
 * round), and a fell race and a hospital that are named like people but are none. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { resultRows } from '../helpers/reportRaces';

const REPORT = [
  "Hannah Pickford finished fourth in the women's race at the British 10,000m Championships in 32:09.41.",
  '',
  "The women's title went to Eilidh Monroe, who won in 31:48.20.",
  '',
  "Earlier in the evening, Otley AC's Tom Brearton finished 15th in the men's championship race in 29:40.12.",
  '',
  'Pickford was fourth after struggling with the heat. She works full time at Airedale General Hospital.',
  '',
  'Both will race next month at the Ilkley Moor Fell Race.',
].join('\n');

describe('a national 10,000m championships in a weekly paper', () => {
  it('reads the meeting, both races, and no round or person in the weather, the hospital or the fell race', () => {
    const dataset = deriveDataset([{ name: 'report.txt', text: REPORT }]);
    expect(dataset.athletes.map((a) => a.name).sort()).toEqual([
      'Eilidh Monroe',
      'Hannah Pickford',
      'Tom Brearton',
    ]);
    const rows = Object.fromEntries(dataset.races.map((r) => [r.name, resultRows(r)]));
    expect(rows["British 10,000m Championships – Men's"]).toEqual([['Tom Brearton', 15, 1780.12]]);
    expect(rows["British 10,000m Championships – Women's"]).toEqual([
      ['Eilidh Monroe', 1, 1908.2],
      ['Hannah Pickford', 4, 1929.41],
    ]);
    expect(dataset.races.some((r) => /heat/i.test(r.name))).toBe(false);
  });
});
