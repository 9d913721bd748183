import { describe, expect, it } from 'vitest';
import { meetingsOf } from '../../../src/model/rivalry/meetingsOf';
import { absence, race, result, rivalryDataset } from './rivalryFixture';

const ids = (athletes: string[]) =>
  meetingsOf(rivalryDataset().races, athletes).map((m) => [m.race.id, m.kind]);

describe('meetingsOf', () => {
  it('meetingsOf(races, [kerr, hocker]) lists results and narrative-only meetings in time order', () => {
    expect(ids(['josh-kerr', 'cole-hocker'])).toEqual([
      ['tokyo-2020-1500m-sf', 'narrative'],
      ['grand-slam-track-1500m', 'results'],
      ['paris-2024-1500m-final', 'results'],
      ['lausanne-2024-1500m', 'absence'],
    ]);
  });

  it('meetingsOf(races, [kerr, ingebrigtsen]) builds meetings from narrative-only facts and absences', () => {
    expect(ids(['josh-kerr', 'jakob-ingebrigtsen'])).toEqual([
      ['budapest-2023-1500m-final', 'narrative'],
      ['monaco-2024-1500m', 'absence'],
      ['paris-2024-1500m-final', 'results'],
      ['lausanne-2024-1500m', 'absence'],
    ]);
  });

  it('meetingsOf(races, ids) records who ran and who was reported absent', () => {
    const monaco = meetingsOf(rivalryDataset().races, ['josh-kerr', 'jakob-ingebrigtsen'])[1];
    expect(monaco?.present).toEqual(['jakob-ingebrigtsen']);
    expect(monaco?.absent.map((a) => a.athleteId)).toEqual(['josh-kerr']);
    expect(monaco?.absent[0]?.sources[0]?.quote).toBe('josh-kerr was not there');
  });

  it('meetingsOf(races, ids) ignores races with only one chosen athlete and no absence', () => {
    expect(ids(['cole-hocker', 'oliver-hoare']).map(([id]) => id)).toEqual(['grand-slam-track-1500m']);
    expect(ids(['mo-farah', 'josh-kerr'])).toEqual([]);
  });

  it('meetingsOf(races, ids) is no meeting when both athletes were absent', () => {
    const r = race('r', { results: [result('x', 1, 200)], absences: [absence('a'), absence('b')] });
    expect(meetingsOf([r], ['a', 'b'])).toEqual([]);
  });

  it('meetingsOf(races, ids) treats a non-starter in the results as absent', () => {
    const r = race('r', { results: [result('a', 1, 200), result('b', null, null, { status: 'dns' })] });
    const [m] = meetingsOf([r], ['a', 'b']);
    expect(m?.kind).toBe('absence');
    expect(m?.absent.map((x) => x.athleteId)).toEqual(['b']);
  });

  it('meetingsOf(races, ids) puts undated meetings last', () => {
    const undated = race('aaa-undated', { orderings: [{ ahead: 'a', behind: 'b', sources: [] }] });
    const dated = race('zzz-dated', {
      results: [result('a', 1, 200), result('b', 2, 201)],
      date: { value: '2020-01-01' as never, sources: [], basis: 'stated' },
    });
    expect(meetingsOf([undated, dated], ['a', 'b']).map((m) => m.race.id)).toEqual([
      'zzz-dated',
      'aaa-undated',
    ]);
  });
});
