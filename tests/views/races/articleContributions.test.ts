import { describe, expect, it } from 'vitest';
import { articleContributions } from '../../../src/views/races/articleContributions';
import { makeRace, parisFinal, span } from '../common/datasetFixture';

describe('articleContributions', () => {
  it('articleContributions(race) counts the stated values each article supports', () => {
    const rows = articleContributions(parisFinal());
    // 001: competition, Hocker time, Kerr place, Kerr stated gap, Nuguse place, the ordering.
    // 002: Hocker place, Hocker time, Hocker OR, Kerr time, Kerr NR, Nuguse time, Gourley place and time.
    expect(rows).toEqual([
      { article: '001_paris.txt', facts: 6 },
      { article: '002_paris.txt', facts: 8 },
    ]);
  });

  it('leaves derived values out: an article does not state a gap the app computed', () => {
    const race = parisFinal();
    const withoutDerived = articleContributions({
      ...race,
      results: race.results.map((r) => ({ ...r, gap: null })),
    });
    expect(withoutDerived).toEqual(articleContributions(race));
  });

  it('lists an article behind the race even when it gives no value', () => {
    const race = makeRace('r', 'R', { articles: ['004_lausanne.txt'] });
    expect(articleContributions(race)).toEqual([{ article: '004_lausanne.txt', facts: 0 }]);
  });

  it('counts an article once per value, however many spans it has for it', () => {
    const race = makeRace('r', 'R', {
      articles: ['002_paris.txt'],
      orderings: [
        {
          ahead: 'a',
          behind: 'b',
          sources: [span('002_paris.txt', 'Hocker'), span('002_paris.txt', 'Kerr')],
        },
      ],
    });
    expect(articleContributions(race)).toEqual([{ article: '002_paris.txt', facts: 1 }]);
  });
});
