import { describe, expect, it } from 'vitest';
import { slugOf } from '../../src/data/slugOf';

describe('slugOf', () => {
  it('slugOf(name) lower-cases a name and joins its words with "-"', () => {
    expect(slugOf('Jakob Ingebrigtsen')).toBe('jakob-ingebrigtsen');
    expect(slugOf('Sander van der Merwe')).toBe('sander-van-der-merwe');
  });

  it('slugOf folds accents ("Gaël" → "gael", "Ünal Şahin" → "unal-sahin")', () => {
    expect(slugOf('Gaël Martin')).toBe('gael-martin');
    expect(slugOf('Ünal Şahin')).toBe('unal-sahin');
    expect(slugOf('Narve Gilje Nordås')).toBe('narve-gilje-nordas');
  });

  it('slugOf turns apostrophes, hyphens and runs of spaces into one "-" and trims them at the ends', () => {
    expect(slugOf("Jean-Marie O'Neill")).toBe('jean-marie-o-neill');
    expect(slugOf('  Cole   Hocker  ')).toBe('cole-hocker');
    expect(slugOf("Paris 2024 Olympics – Men's 1500m final")).toBe('paris-2024-olympics-men-s-1500m-final');
  });

  it('slugOf gives the same id for the same name every time, and "" for an empty name', () => {
    expect(slugOf('Josh Kerr')).toBe(slugOf('Josh Kerr'));
    expect(slugOf('JOSH KERR')).toBe('josh-kerr');
    expect(slugOf('')).toBe('');
  });
});
