/**
 * Asides closed before a sentence's main verb: the verb that comes back after the aside's comma,
 * regular or not ("…, said she had kept something back"), and an apposition on a place in another
 * race ("Rono, fifth at the 2025 world championships in Tokyo in 9:08.11, said …").
 */
import { describe, expect, it } from 'vitest';
import { inClosedPlaceApposition, mainVerbAfterComma } from '../../src/data/closedAsides';

describe('mainVerbAfterComma', () => {
  it('finds the main verb after the aside, irregular ones included', () => {
    expect(mainVerbAfterComma(' in 9:08.11, said she had kept something back.')).toBe(true);
    expect(mainVerbAfterComma(' in Tokyo, moved to the front.')).toBe(true);
    expect(mainVerbAfterComma(' in Tokyo, the quickest of the round.')).toBe(false);
  });
});

describe('inClosedPlaceApposition', () => {
  it('reads a place in another race set between the name and "said" as closed', () => {
    const text =
      'Rono, fifth at the 2025 world championships in Tokyo in 9:08.11, said she had kept something back.';
    const start = text.indexOf('2025');
    const end = text.indexOf(' in Tokyo');
    const d = { start, end, kind: 'world-championships' as const, year: 2025, city: null, meetName: null };
    expect(inClosedPlaceApposition(text, { start: 0, end: text.length }, d)).toBe(true);
  });
});
