import { describe, expect, it } from 'vitest';
import { findHighlight } from '../../../src/views/common/findHighlight';

describe('findHighlight', () => {
  it('findHighlight(quote, words) finds the earliest whole-word match, ignoring case', () => {
    const quote = 'The Brit from Great Britain won silver.';
    expect(findHighlight(quote, ['silver', 'brit'])).toEqual([4, 8]);
  });

  it('does not match a word inside a longer word', () => {
    expect(findHighlight('Britain', ['Brit'])).toBeNull();
  });

  it('prefers the longest match starting at the same place', () => {
    expect(findHighlight('Great Britain rules', ['Great', 'Great Britain'])).toEqual([0, 13]);
  });

  it('takes patterns, and patterns with a test on the matched text', () => {
    const ordinal = {
      pattern: /\b(?:third|fourth)\b/giu,
      accept: (m: string) => m.toLowerCase() === 'fourth',
    };
    expect(findHighlight('third, then fourth', [ordinal])).toEqual([12, 18]);
    expect(findHighlight('in 3:27.65', [/\d:\d\d\.\d\d/u])).toEqual([3, 10]);
  });

  it('returns null with no needles, empty needles or no match', () => {
    expect(findHighlight('anything', [])).toBeNull();
    expect(findHighlight('anything', [''])).toBeNull();
    expect(findHighlight('anything', ['nothing'])).toBeNull();
  });

  it('treats needle text as text, not as a pattern', () => {
    expect(findHighlight('a (b) c', ['(b)'])).toEqual([2, 5]);
    expect(findHighlight('abc', ['.'])).toBeNull();
  });
});

describe('findHighlight on sentence-long quotes', () => {
  it('skips a match that is the whole of a long quote and takes the next needle', () => {
    const sentence = 'He managed to overtake Ingebrigtsen with around 200 meters to go.';
    expect(findHighlight(sentence, [sentence, /\d+ meters to go/u])).toEqual([48, 64]);
  });

  it('still marks a short quote that is the value itself', () => {
    expect(findHighlight('3:27.65', ['3:27.65'])).toEqual([0, 7]);
  });
});
