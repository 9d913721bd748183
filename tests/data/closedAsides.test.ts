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
    const d = {
      start,
      end,
      kind: 'world-championships' as const,
      year: 2025,
      city: null,
      meetName: null,
      round: null,
    };
    expect(inClosedPlaceApposition(text, { start: 0, end: text.length }, d)).toBe(true);
  });

  it('reads an earlier round in a noun phrase after the subject as closed, but not the final', () => {
    const text =
      "Australia's Callum Reidy, the pre-race favourite after the fastest time of the heats, faded to ninth.";
    const at = (phrase: string, round: 'heat' | 'final') => ({
      start: text.indexOf(phrase),
      end: text.indexOf(phrase) + phrase.length,
      kind: null,
      year: null,
      city: null,
      meetName: null,
      round,
    });
    expect(inClosedPlaceApposition(text, { start: 0, end: text.length }, at('heats', 'heat'))).toBe(true);
    const final = 'Ellison, the only American to reach the final, made it through.';
    expect(
      inClosedPlaceApposition(
        final,
        { start: 0, end: final.length },
        { ...at('heats', 'final'), start: final.indexOf('final'), end: final.indexOf('final') + 5 },
      ),
    ).toBe(false);
  });
});
