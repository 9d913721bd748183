import { describe, expect, it } from 'vitest';
import { isVirtualRaceId, virtualRace } from '../../../src/model/rivalry/virtualRace';
import { fact5000, race, result, rivalryDataset } from './rivalryFixture';

const races = rivalryDataset().races;

describe('virtualRace', () => {
  it('virtualRace(races, picks) runs chosen performances together, placed by time and flagged virtual', () => {
    const { race: v, skipped } = virtualRace(races, [
      { raceId: 'paris-2024-1500m-final', athleteId: 'cole-hocker' },
      { raceId: 'monaco-2024-1500m', athleteId: 'jakob-ingebrigtsen' },
    ]);
    expect(skipped).toEqual([]);
    expect(v?.id).toBe('virtual:paris-2024-1500m-final~cole-hocker,monaco-2024-1500m~jakob-ingebrigtsen');
    expect(isVirtualRaceId(v?.id ?? '')).toBe(true);
    expect(v?.name).toBe(
      'Virtual race: Jakob Ingebrigtsen (Monaco Diamond League) v Cole Hocker (Paris 2024 Olympics)',
    );
    expect(
      v?.results.map((r) => [r.athleteId, r.place?.value, r.place?.basis, r.time?.value, r.gap?.value]),
    ).toEqual([
      ['jakob-ingebrigtsen', 1, 'derived', 206.73, 0],
      ['cole-hocker', 2, 'derived', 207.65, 0.92],
    ]);
    expect(v?.results.every((r) => r.records.length === 0)).toBe(true);
    expect(v).toMatchObject({ kind: 'results', distance: 1500, date: null, competition: null });
  });

  it('virtualRace(races, picks) gives the same athlete from two races distinct ids', () => {
    const { race: v } = virtualRace(races, [
      { raceId: 'monaco-2024-1500m', athleteId: 'jakob-ingebrigtsen' },
      { raceId: 'paris-2024-1500m-final', athleteId: 'jakob-ingebrigtsen' },
    ]);
    expect(v?.results.map((r) => r.athleteId)).toEqual([
      'jakob-ingebrigtsen~monaco-2024-1500m',
      'jakob-ingebrigtsen~paris-2024-1500m-final',
    ]);
  });

  it('virtualRace(races, picks) skips missing, untimed, repeated and other-distance picks', () => {
    const fiveK = race('paris-5000', {
      event: fact5000,
      distance: 5000 as never,
      results: [result('jakob-ingebrigtsen', 1, 793.66)],
    });
    const { race: v, skipped } = virtualRace(
      [...races, fiveK],
      [
        { raceId: 'paris-2024-1500m-final', athleteId: 'josh-kerr' },
        { raceId: 'nowhere', athleteId: 'josh-kerr' },
        { raceId: 'lausanne-2024-1500m', athleteId: 'cole-hocker' },
        { raceId: 'paris-2024-1500m-final', athleteId: 'josh-kerr' },
        { raceId: 'paris-5000', athleteId: 'jakob-ingebrigtsen' },
      ],
    );
    expect(v?.results.map((r) => r.athleteId)).toEqual(['josh-kerr']);
    expect(skipped.map((s) => s.reason)).toEqual([
      'not in the dataset',
      'no finishing time',
      'chosen twice',
      'a different distance',
    ]);
  });

  it('virtualRace(races, []) has no race', () => {
    expect(virtualRace(races, []).race).toBeNull();
  });
});
