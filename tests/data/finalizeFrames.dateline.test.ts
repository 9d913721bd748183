import { describe, expect, it } from 'vitest';
import { datelineCity } from '../../src/data/findPublicationDate';
import { deriveDataset } from '../../src/model/deriveDataset';

describe('the city a report is filed from', () => {
  it('datelineCity(text) reads a capitalised wire dateline in title case', () => {
    expect(datelineCity('Title\n\nTOKYO, Sept 16 (Reuters) - Kipyegon won.')).toBe('Tokyo');
    expect(datelineCity('LOS ANGELES, July 14 - The meet.')).toBe('Los Angeles');
    expect(datelineCity('Paris, the city of light, hosted the Games.')).toBeNull();
  });

  it('deriveDataset places "the World Championships" of a report filed from Tokyo in the Tokyo edition', () => {
    const text =
      "Kipyegon wins again\n\nTOKYO, Sept 16 (Reuters) - Kenya's Faith Kipyegon won the women's 1,500 metres at the World Championships on Tuesday in 3:52.15. Ethiopia's Diribe Welteji, the 2023 silver medallist, finished fifth.";
    const [race] = deriveDataset([{ name: 'a.txt', text }]).races;
    expect(race?.name).toMatch(/^Tokyo 2025 World Championships/);
    expect(race?.date?.value).toBe('2025-09-16');
  });
});
