import { describe, expect, it } from 'vitest';
import { findQuotes, insideQuote } from '../../src/data/findQuotes';

const quoted = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it('findQuotes(text) finds each quotation with its marks', () => {
    expect(quoted('Kerr said "I gave it everything" and Hocker said "unreal".')).toEqual([
      '"I gave it everything"',
      '"unreal"',
    ]);
  });

  it('findQuotes reads a quote that opens the text or a paragraph', () => {
    expect(quoted('"I knew I had it," Hocker said.')).toEqual(['"I knew I had it,"']);
  });

  it('findQuotes ignores a closing mark whose opening mark is missing, instead of quoting the narration after it', () => {
    expect(quoted('He said I won" and then Kerr added "not today" later.')).toEqual(['"not today"']);
  });

  it('findQuotes leaves an unclosed opening mark unmatched', () => {
    expect(findQuotes('He said "I won and then ran off.')).toEqual([]);
  });

  it('findQuotes never lets a quote run past the end of its paragraph', () => {
    expect(quoted('"Start of a quote\nNarration here" and "a real one"')).toEqual(['"a real one"']);
  });

  it('findQuotes ignores inch marks and apostrophes inside words', () => {
    expect(findQuotes("Kerr's 6'2\" frame")).toEqual([]);
  });
});

describe('insideQuote', () => {
  it('insideQuote(quotes, start, end) is true only for a span wholly inside a quote', () => {
    const text = 'Kerr said "Hocker was better" today.';
    const quotes = findQuotes(text);
    const hocker = text.indexOf('Hocker');
    expect(insideQuote(quotes, hocker, hocker + 6)).toBe(true);
    expect(insideQuote(quotes, 0, 4)).toBe(false);
    expect(insideQuote(quotes, hocker, text.length)).toBe(false);
  });
});
