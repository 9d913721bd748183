import { describe, expect, it } from 'vitest';
import { headToHead, pairsOf } from '../../../src/model/rivalry/headToHead';
import { race, result, rivalryDataset } from './rivalryFixture';

describe('headToHead', () => {
  it('headToHead(races, kerr, hocker) counts Hocker 2, Kerr 1 with a running tally', () => {
    const h = headToHead(rivalryDataset().races, 'josh-kerr', 'cole-hocker');
    expect(h.wins).toEqual({ a: 1, b: 2 });
    expect(h.meetings.map((m) => [m.meeting.race.id, m.order?.ahead ?? null, m.tally])).toEqual([
      ['tokyo-2020-1500m-sf', 'cole-hocker', { a: 0, b: 1 }],
      ['grand-slam-track-1500m', 'josh-kerr', { a: 1, b: 1 }],
      ['paris-2024-1500m-final', 'cole-hocker', { a: 1, b: 2 }],
      ['lausanne-2024-1500m', null, { a: 1, b: 2 }],
    ]);
    expect(h.absences).toBe(1);
  });

  it('headToHead(races, kerr, ingebrigtsen) counts Kerr 2, Ingebrigtsen 0 and two absences without a win', () => {
    const h = headToHead(rivalryDataset().races, 'josh-kerr', 'jakob-ingebrigtsen');
    expect(h.wins).toEqual({ a: 2, b: 0 });
    expect(h.absences).toBe(2);
    expect(h.undecided).toBe(0);
    expect(h.meetings.map((m) => m.tally.a)).toEqual([1, 1, 2, 2]);
  });

  it('headToHead(races, a, b) is symmetric', () => {
    const races = rivalryDataset().races;
    const ab = headToHead(races, 'cole-hocker', 'jakob-ingebrigtsen');
    const ba = headToHead(races, 'jakob-ingebrigtsen', 'cole-hocker');
    expect([ab.wins.a, ab.wins.b]).toEqual([ba.wins.b, ba.wins.a]);
    expect(ab.wins).toEqual({ a: 1, b: 1 });
  });

  it('headToHead(races, a, b) counts a meeting with unknown order as undecided, not a win', () => {
    const r = race('r', { results: [result('a', null, null), result('b', null, null)] });
    const h = headToHead([r], 'a', 'b');
    expect(h).toMatchObject({ wins: { a: 0, b: 0 }, undecided: 1, absences: 0 });
    expect(h.meetings[0]?.order).toBeNull();
  });

  it('headToHead(races, a, b) is empty for athletes who never met', () => {
    expect(headToHead(rivalryDataset().races, 'mo-farah', 'josh-kerr')).toEqual({
      a: 'mo-farah',
      b: 'josh-kerr',
      wins: { a: 0, b: 0 },
      undecided: 0,
      absences: 0,
      meetings: [],
    });
  });

  it('pairsOf(ids) lists every pair once, in order', () => {
    expect(pairsOf(['a', 'b', 'c'])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(pairsOf(['a'])).toEqual([]);
  });
});

describe('headToHead meeting kinds', () => {
  it('headToHead(races, a, b) counts a meeting known only from an ordering as narrative, even in a race with results', () => {
    const r = race('r', {
      results: [result('a', 1, null)],
      orderings: [{ ahead: 'a', behind: 'b', sources: [] }],
    });
    expect(r.kind).toBe('results');
    const [pm] = headToHead([r], 'a', 'b').meetings;
    expect(pm?.meeting.kind).toBe('narrative');
    expect(pm?.order?.basis).toBe('ordering');
  });
});
