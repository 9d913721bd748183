import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_URL_STATE, parseUrl, serializeUrl, type UrlState } from '../../src/state/url';

describe('parseUrl', () => {
  it('parseUrl("") gives the defaults: races view, no race, t 0, speed 1, whole race', () => {
    expect(parseUrl('')).toEqual(DEFAULT_URL_STATE);
  });

  it('parseUrl reads every key of the shared schema', () => {
    const url = parseUrl(
      '?view=replay&race=paris-2024-1500m-final&t=12.34&speed=0.25&range=200' +
        '&athletes=cole-hocker,josh-kerr&virtual=lausanne-2024~jakob-ingebrigtsen',
    );
    expect(url).toEqual({
      view: 'replay',
      race: 'paris-2024-1500m-final',
      t: 12.34,
      speed: 0.25,
      range: 200,
      athletes: ['cole-hocker', 'josh-kerr'],
      virtual: [{ raceId: 'lausanne-2024', athleteId: 'jakob-ingebrigtsen' }],
    });
  });

  it('parseUrl accepts the query string without its "?"', () => {
    expect(parseUrl('view=compare').view).toBe('compare');
  });

  it('parseUrl falls back to defaults for unknown or malformed values', () => {
    const url = parseUrl(
      '?view=admin&race=<script>&t=-3&speed=3&range=300&athletes=,a%20b,<x>&virtual=a~b~c,~x,y~',
    );
    expect(url).toEqual(DEFAULT_URL_STATE);
  });

  it('parseUrl rejects t that is not a plain non-negative number, or longer than a day', () => {
    for (const t of ['abc', '1e3', 'NaN', 'Infinity', '0x10', '12.', '999999', '']) {
      expect(parseUrl(`?t=${t}`).t).toBe(0);
    }
    expect(parseUrl('?t=7.456').t).toBe(7.46);
  });

  it('parseUrl drops duplicate athletes and bad ids but keeps the good ones', () => {
    expect(parseUrl('?athletes=a,a,b%20c,d').athletes).toEqual(['a', 'd']);
  });

  it('parseUrl survives malformed percent-encoding', () => {
    expect(() => parseUrl('?race=%E0%A4%A&view=%')).not.toThrow();
    expect(parseUrl('?race=%E0%A4%A').race).toBeNull();
  });

  it('parseUrl never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, size: 'max', unit: 'binary' }), (s) => {
        const url = parseUrl(s);
        expect(['races', 'replay', 'rivalry', 'compare']).toContain(url.view);
      }),
    );
  });
});

describe('serializeUrl', () => {
  it('serializeUrl(defaults) writes only the view', () => {
    expect(serializeUrl(DEFAULT_URL_STATE)).toBe('?view=races');
  });

  it('serializeUrl writes lists with readable separators', () => {
    const url: UrlState = {
      ...DEFAULT_URL_STATE,
      view: 'rivalry',
      athletes: ['josh-kerr', 'cole-hocker'],
      virtual: [{ raceId: 'r1', athleteId: 'josh-kerr' }],
    };
    expect(serializeUrl(url)).toBe('?view=rivalry&athletes=josh-kerr,cole-hocker&virtual=r1~josh-kerr');
  });

  it('serializeUrl writes t with two decimals', () => {
    expect(serializeUrl({ ...DEFAULT_URL_STATE, view: 'replay', race: 'r', t: 3.5 })).toBe(
      '?view=replay&race=r&t=3.50',
    );
  });

  it('parseUrl(serializeUrl(s)) gives s back for valid states', () => {
    const id = fc.string({ unit: fc.constantFrom(...'abcdefghij0123-'), minLength: 1, maxLength: 20 });
    const state = fc.record({
      view: fc.constantFrom('races' as const, 'replay' as const, 'rivalry' as const, 'compare' as const),
      race: fc.option(id, { nil: null }),
      t: fc.integer({ min: 0, max: 8_640_000 }).map((n) => n / 100),
      speed: fc.constantFrom(0.25 as const, 0.5 as const, 1 as const, 2 as const, 4 as const),
      range: fc.constantFrom(100 as const, 200 as const, 400 as const, 'race' as const),
      athletes: fc.uniqueArray(id, { maxLength: 5 }),
      virtual: fc.uniqueArray(fc.record({ raceId: id, athleteId: id }), {
        maxLength: 4,
        selector: (v) => `${v.raceId}~${v.athleteId}`,
      }),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseUrl(serializeUrl(s))).toEqual(s);
      }),
    );
  });
});
