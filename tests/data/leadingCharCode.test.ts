import { describe, expect, it } from 'vitest';
import { leadingCharCode, mayLeadWith } from '../../src/data/leadingCharCode';

describe('leadingCharCode', () => {
  it('leadingCharCode(text, start, end) skips ASCII white space and gives the next character code', () => {
    expect(leadingCharCode('x,  \twho led', 2, 12)).toBe('w'.charCodeAt(0));
    expect(leadingCharCode('Who', 0, 3)).toBe('W'.charCodeAt(0));
  });

  it('leadingCharCode gives -1 at a non-ASCII character (white space or not) and NaN with none left', () => {
    expect(leadingCharCode('\u00a0who', 0, 4)).toBe(-1);
    expect(leadingCharCode('  é', 0, 3)).toBe(-1);
    expect(leadingCharCode('   ', 0, 3)).toBeNaN();
    expect(leadingCharCode('who', 0, 0)).toBeNaN();
    expect(leadingCharCode('a  ', 1, 10)).toBeNaN();
  });
});

describe('mayLeadWith', () => {
  it('mayLeadWith(code, letters) is true for any of the letters in either case, and for -1', () => {
    expect(mayLeadWith('w'.charCodeAt(0), 'w')).toBe(true);
    expect(mayLeadWith('W'.charCodeAt(0), 'w')).toBe(true);
    expect(mayLeadWith('T'.charCodeAt(0), 'at')).toBe(true);
    expect(mayLeadWith(-1, 'w')).toBe(true);
  });

  it('mayLeadWith is false for other characters and for NaN', () => {
    expect(mayLeadWith('x'.charCodeAt(0), 'w')).toBe(false);
    expect(mayLeadWith(','.charCodeAt(0), 'w')).toBe(false);
    expect(mayLeadWith(NaN, 'w')).toBe(false);
  });
});
