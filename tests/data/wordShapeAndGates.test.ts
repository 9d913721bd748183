/**
 * The small readers the speed work added: word shapes read by code, grouped word gates, matches
 * collected into arrays, and sorts skipped for lists already in order. Each must say what the
 * regex or call it replaces says.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allMatches } from '../../src/data/allMatches';
import { gateOf } from '../../src/data/gateOf';
import { sortByAt, sortByStart } from '../../src/data/sortByPosition';
import {
  codeFollows,
  endsWithQuoteS,
  endsWithSQuote,
  isSurnameFirst,
  lastWord,
  withoutPossessive,
} from '../../src/data/wordShape';

const WORDS = ["Hale's", "HALE'S", "Jones'", 'Hale', "'s", 's', '', "Kerr's'", "d'Arcy"];

describe('wordShape', () => {
  it('endsWithQuoteS, endsWithSQuote and withoutPossessive say what their regexes say', () => {
    for (const w of WORDS) {
      expect(endsWithQuoteS(w, false), w).toBe(/'s$/.test(w));
      expect(endsWithQuoteS(w, true), w).toBe(/'s$/i.test(w));
      expect(endsWithSQuote(w), w).toBe(/s'$/i.test(w));
      expect(withoutPossessive(w, false), w).toBe(w.replace(/'s$|'$/, ''));
      expect(withoutPossessive(w, true), w).toBe(w.replace(/'s$|'$/i, ''));
    }
  });

  it('lastWord reads the lower-cased word before trailing white space, and leaves non-ASCII to the patterns', () => {
    expect(lastWord('finished second behind ')).toBe('behind');
    expect(lastWord('In ')).toBe('in');
    expect(lastWord('no space')).toBe('');
    expect(lastWord('Zürich ')).toBeUndefined();
  });
});

describe('gateOf', () => {
  it('gateOf groups a word alternation by first letter and matches exactly what the original matches', () => {
    const re = /first|fourth|fifth|second|silver|won|win|t(?:ook|ake)\s+the|\d(?:st|nd)\b/i;
    const gate = gateOf(re);
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('first', 'Fifth', 'sec', 'silver', 'wo', 'win', 'took the', '2nd', 'x', ' '),
          {
            maxLength: 6,
          },
        ),
        (parts) => {
          const s = parts.join(' ');
          expect(gate.test(s)).toBe(re.test(s));
        },
      ),
      { seed: 15, numRuns: 300 },
    );
  });
});

describe('allMatches and the position sorts', () => {
  it('allMatches returns every match in order and steps past empty matches', () => {
    expect(allMatches(/\d+/g, 'a1 b22 c333').map((m) => m[0])).toEqual(['1', '22', '333']);
    expect(allMatches(/x*/g, 'ab')).toHaveLength(3);
    expect(allMatches(/\d/g, 'none')).toEqual([]);
  });

  it('sortByStart and sortByAt sort as Array.prototype.sort would, and leave an ordered list as it is', () => {
    const ordered = [{ start: 1 }, { start: 2 }];
    expect(sortByStart(ordered)).toBe(ordered);
    expect(sortByStart([{ start: 3 }, { start: 1 }, { start: 2 }]).map((x) => x.start)).toEqual([1, 2, 3]);
    expect(sortByAt([{ at: 2 }, { at: 1 }]).map((x) => x.at)).toEqual([1, 2]);
  });
});

describe('family names first in capitals', () => {
  it('codeFollows finds a country code in brackets right after a name', () => {
    expect(codeFollows('KIM Min-jun (KOR) was fourth', 11)).toBe(true);
    expect(codeFollows('UIL Region meet', 10)).toBe(false);
  });

  it('isSurnameFirst takes a short capital family name only with a country code after it', () => {
    expect(isSurnameFirst('KIM Min-jun (KOR) was fourth', 0, 11)).toBe(true);
    expect(isSurnameFirst('UIL Region meet', 0, 10)).toBe(false);
    expect(isSurnameFirst('TANAKA Sota won', 0, 11)).toBe(true);
  });

  it('isSurnameFirst leaves a lede that opens on a given name in capitals before a double surname', () => {
    expect(isSurnameFirst('OSHANE Brissett-Palmer is the king', 0, 22)).toBe(false);
    expect(isSurnameFirst('Report\nKIM Min-jun (KOR) is fourth', 7, 18)).toBe(true);
  });
});
