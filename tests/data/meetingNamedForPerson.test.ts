/**
 * "The Golden Gala Pietro Mennea 2031 has its queen": a meeting named for a person names no runner,
 * so "the 25-year-old" after it is the runner told before. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';

describe('a meeting named for a person', () => {
  it('reads no runner in "the Golden Gala Pietro Mennea", on the same line only', () => {
    const dataset = deriveDataset([
      {
        name: 'report.txt',
        text:
          'ROME, 5 June 2031 - Giulia Santi crossed the line with her arms wide open. The Golden Gala Pietro Mennea 2031 has its queen.\n\n' +
          "The 25-year-old from Ostia won the women's 400 metres hurdles in 53.41, beating Kiara Denton (53.58).\n\n" +
          'Chebet wins at the Golden Gala\n\nMaria Chebet won the 5000m in 14:09.52.',
      },
    ]);
    const names = dataset.athletes.map((a) => a.name).sort();
    expect(names).toEqual(['Giulia Santi', 'Kiara Denton', 'Maria Chebet']);
  });
});
