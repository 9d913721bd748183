import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  DEMONYM_WORDS,
  COUNTRY_WORDS,
  countryCodeOf,
  mayStartCountry,
} from '../../../src/data/lexicon/countries';

describe('countryCodeOf', () => {
  it('countryCodeOf(word) reads country names, demonyms and team names as IOC codes', () => {
    expect(countryCodeOf('Norway')).toBe('NOR');
    expect(countryCodeOf('Norwegian')).toBe('NOR');
    expect(countryCodeOf('Team GB')).toBe('GBR');
    expect(countryCodeOf('Great Britain')).toBe('GBR');
    expect(countryCodeOf('Scottish')).toBe('GBR');
    expect(countryCodeOf('the Netherlands')).toBe('NED');
    expect(countryCodeOf('Dutch')).toBe('NED');
    expect(countryCodeOf('U.S.')).toBe('USA');
    expect(countryCodeOf('Ivory Coast')).toBe('CIV');
    expect(countryCodeOf("Côte d'Ivoire")).toBe('CIV');
  });

  it('countryCodeOf ignores case and surrounding white space of names', () => {
    expect(countryCodeOf('  kenya  ')).toBe('KEN');
    expect(countryCodeOf('AMERICAN')).toBe('USA');
  });

  it('countryCodeOf takes an IOC code as itself, but only in capitals', () => {
    expect(countryCodeOf('KEN')).toBe('KEN');
    expect(countryCodeOf('ETH')).toBe('ETH');
    expect(countryCodeOf('ken')).toBeNull();
  });

  it('countryCodeOf returns null for words that are not countries', () => {
    expect(countryCodeOf('Nowhere')).toBeNull();
    expect(countryCodeOf('Hocker')).toBeNull();
    expect(countryCodeOf('')).toBeNull();
  });
});

describe('mayStartCountry', () => {
  it("mayStartCountry(word) is true for the first word of a country or demonym, with or without 's", () => {
    expect(mayStartCountry('Great')).toBe(true);
    expect(mayStartCountry("Norway's")).toBe(true);
    expect(mayStartCountry('American')).toBe(true);
    expect(mayStartCountry('KEN')).toBe(true);
    expect(mayStartCountry('Smith')).toBe(false);
  });
});

describe('COUNTRY_WORDS and COUNTRY_CODES', () => {
  it('COUNTRY_WORDS lists names longest first and leaves out the bare two-letter codes', () => {
    for (let i = 1; i < COUNTRY_WORDS.length; i++)
      expect((COUNTRY_WORDS[i - 1] ?? '').length).toBeGreaterThanOrEqual((COUNTRY_WORDS[i] ?? '').length);
    expect(COUNTRY_WORDS).not.toContain('us');
    expect(COUNTRY_WORDS).not.toContain('gb');
    expect(COUNTRY_WORDS).toContain('norwegian');
  });

  it('COUNTRY_CODES holds three-letter capital codes only', () => {
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('DEMONYM_WORDS holds demonyms ("norwegian"), not country names ("netherlands")', () => {
    expect(DEMONYM_WORDS).toContain('norwegian');
    expect(DEMONYM_WORDS).toContain('dutch');
    expect(DEMONYM_WORDS).not.toContain('netherlands');
    expect(DEMONYM_WORDS).not.toContain('philippines');
  });
});
