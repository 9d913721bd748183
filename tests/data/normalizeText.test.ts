import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/data/normalizeText';

describe('normalizeText', () => {
  it('normalizeText(text) keeps the length, so every offset still points into the original', () => {
    const text =
      'He said\r\n\u201cI won\u201d\u00a0\u2014 it\u2019s \u2013 great\rnext\u200b\ufeff\t\u2009end';
    const normal = normalizeText(text);
    expect(normal).toHaveLength(text.length);
    const at = normal.indexOf('great');
    expect(text.slice(at, at + 'great'.length)).toBe('great');
  });

  it('normalizeText turns CRLF into a space and a newline, and a lone CR into a newline', () => {
    expect(normalizeText('one\r\ntwo')).toBe('one \ntwo');
    expect(normalizeText('one\rtwo')).toBe('one\ntwo');
  });

  it('normalizeText turns NBSP, thin spaces, tabs and invisible format characters into plain spaces', () => {
    expect(normalizeText('3:27.65\u00a0WR')).toBe('3:27.65 WR');
    expect(normalizeText('a\u2009b\tc\u200bd\ufeffe\u00adf')).toBe('a b c d e f');
  });

  it('normalizeText makes curly and angle quotes straight', () => {
    expect(normalizeText('\u201cKerr\u2019s\u201d \u2018run\u2019 \u00abgo\u00bb')).toBe(
      '"Kerr\'s" \'run\' "go"',
    );
  });

  it('normalizeText makes en dashes, em dashes, minus signs and non-breaking hyphens "-"', () => {
    expect(normalizeText('a\u2013b\u2014c\u2212d\u2011e')).toBe('a-b-c-d-e');
  });

  it('normalizeText turns Unicode line and paragraph separators into newlines', () => {
    expect(normalizeText('a\u2028b\u2029c')).toBe('a\nb\nc');
  });

  it('normalizeText leaves plain ASCII and accented letters alone', () => {
    const text = 'Jakob Ingebrigtsen (NOR) 3:28.24 - Gaël, Müller, Łukasz';
    expect(normalizeText(text)).toBe(text);
  });

  it('normalizeText reads CRLF, NBSP and curly-quote variants of a sentence the same', () => {
    const plain = normalizeText('Kerr said "I ran 3:27.79".\nHocker won.');
    const variant = normalizeText('Kerr said \u201cI ran 3:27.79\u201d.\r\nHocker\u00a0won.');
    expect(variant.replace(' \n', '\n')).toBe(plain);
  });
});
