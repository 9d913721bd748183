import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';

const derive = (text: string) => deriveDataset([{ name: 'report.txt', text }]);

describe('placeDescriptors (which race a phrase moves the report to)', () => {
  it('"the final" after a passage on the semi-finals returns to the final already told', () => {
    const text =
      "Farrow wins world 800m title\n\nElio Farrow won the men's 800m final at the World Championships in " +
      'Budapest in 1:43.20, with Galen Brevik second in 1:43.55.\n\n' +
      'Brevik had won his semi-final two days earlier in 1:44.10.\n\n' +
      'Brevik said he ran out of room in the final. He was second in the final, as in 2022.';
    const races = derive(text).races;
    const finals = races.filter((r) => r.round?.value === 'final');
    expect(finals).toHaveLength(1);
    expect(finals[0]?.results.map((r) => [r.athlete, r.place?.value])).toEqual([
      ['Elio Farrow', 1],
      ['Galen Brevik', 2],
    ]);
  });

  it('a final of another event is still another race', () => {
    const text =
      "Farrow wins world 800m title\n\nElio Farrow won the men's 800m final at the World Championships in " +
      'Budapest in 1:43.20.\n\nIn the 1500m final, Galen Brevik won in 3:29.10.';
    const races = derive(text).races;
    expect(races.map((r) => r.event?.value).sort()).toEqual(['1500m', '800m']);
  });
});
