import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/data/splitSentences';
import { deriveDataset } from '../../src/model/deriveDataset';

describe('splitSentences edge cases', () => {
  it('splitSentences ends a sentence after an h:mm:ss or m:ss time ("in 2:22:55. Tigst Assefa …")', () => {
    const text = 'Title\nSifan Hassan won in 2:22:55. Tigst Assefa was second in 2:22:58.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Title',
      'Sifan Hassan won in 2:22:55.',
      'Tigst Assefa was second in 2:22:58.',
    ]);
    expect(splitSentences('Title\nKerr ran 3:28. Hocker won.').map((s) => s.text)).toEqual([
      'Title',
      'Kerr ran 3:28.',
      'Hocker won.',
    ]);
  });

  it("deriveDataset does not give the runner-up's marathon time and place to the winner", () => {
    const { races } = deriveDataset([
      {
        name: 'a.txt',
        text: "Report\nSifan Hassan won the women's marathon at the Paris Olympics in 2:22:55. Tigst Assefa was second in 2:22:58.",
      },
    ]);
    const results = races[0]?.results.map((r) => [r.athlete, r.place?.value ?? null, r.time?.value ?? null]);
    expect(results).toContainEqual(['Tigst Assefa', 2, 8578]);
    expect(results).not.toContainEqual(['Sifan Hassan', 2, 8575]);
  });

  it('does not end a sentence at an initialism such as "G.C. Foster" or "the U.S. trials"', () => {
    expect(
      splitSentences('Title\nMorgan (G.C. Foster) 22.90, Pusey 23.04. She won the U.S. Olympic trials.').map(
        (s) => s.text,
      ),
    ).toEqual(['Title', 'Morgan (G.C. Foster) 22.90, Pusey 23.04.', 'She won the U.S. Olympic trials.']);
  });
});
