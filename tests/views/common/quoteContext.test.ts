import { describe, expect, it } from 'vitest';
import { quoteContext } from '../../../src/views/common/quoteContext';

const spanOf = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return { article: 'a.txt', start, end: start + quote.length, quote };
};

describe('quoteContext', () => {
  const text = 'It was fast. Hocker won in an Olympic record time of 3:27.65. Kerr was second.';

  it('quoteContext(text, span) returns the sentence around the span, split at the span', () => {
    expect(quoteContext(text, spanOf(text, '3:27.65'))).toEqual({
      before: 'Hocker won in an Olympic record time of ',
      head: '',
      match: '3:27.65',
      tail: '',
      after: '.',
    });
  });

  it('joining the parts gives back a slice of the article', () => {
    const { before, match, after } = quoteContext(text, spanOf(text, 'Olympic record'));
    expect(text).toContain(before + match + after);
  });

  it('quoteContext shows only the quote when the text no longer matches the span', () => {
    expect(quoteContext(text, { article: 'a.txt', start: 0, end: 3, quote: 'xyz' })).toEqual({
      before: '',
      head: '',
      match: 'xyz',
      tail: '',
      after: '',
    });
    expect(quoteContext(undefined, spanOf(text, 'Kerr')).match).toBe('Kerr');
  });

  it('quoteContext stops at a line break and marks a cut-off long sentence with an ellipsis', () => {
    const long = `Title\n${'word '.repeat(60)}3:30.88 ${'more '.repeat(60)}`;
    const ctx = quoteContext(long, spanOf(long, '3:30.88'));
    expect(ctx.before.startsWith('…')).toBe(true);
    expect(ctx.after.endsWith('…')).toBe(true);
    expect(ctx.before).not.toContain('Title');
  });

  it('quoteContext keeps markup-looking text as plain characters', () => {
    const html = 'He said <img src=x onerror=alert(1)> and ran 3:31.00.';
    expect(quoteContext(html, spanOf(html, '3:31.00')).before).toContain('<img src=x');
  });
});

describe('quoteContext with a sentence-long span', () => {
  const text = 'Hocker won in 3:27.65. Kerr was second in 3:27.79. Nuguse third.';
  const sentence = 'Kerr was second in 3:27.79.';

  it('adds no context around a quote that is a whole sentence', () => {
    const ctx = quoteContext(text, spanOf(text, sentence), ['3:27.79']);
    expect(ctx).toEqual({ before: '', head: 'Kerr was second in ', match: '3:27.79', tail: '.', after: '' });
  });

  it('marks nothing when the highlight is not in the quote', () => {
    const ctx = quoteContext(text, spanOf(text, sentence), ['bronze']);
    expect(ctx).toMatchObject({ head: sentence, match: '', tail: '' });
  });
});
