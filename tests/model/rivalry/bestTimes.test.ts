import { describe, expect, it } from 'vitest';
import { bestTimes } from '../../../src/model/rivalry/bestTimes';
import { performancesOf } from '../../../src/model/rivalry/performancesOf';
import { fact5000, race, result, rivalryDataset } from './rivalryFixture';

describe('bestTimes', () => {
  it('bestTimes(races, id) keeps the fastest time per event', () => {
    const best = bestTimes(rivalryDataset().races, 'jakob-ingebrigtsen');
    expect(best.map((b) => [b.event, b.time.value, b.race.id])).toEqual([
      ['1500m', 206.73, 'monaco-2024-1500m'],
    ]);
  });

  it('bestTimes(races, id) lists shorter events first', () => {
    const fiveK = race('paris-5000', {
      event: fact5000,
      distance: 5000 as never,
      results: [result('jakob-ingebrigtsen', 1, 793.66)],
    });
    const best = bestTimes([fiveK, ...rivalryDataset().races], 'jakob-ingebrigtsen');
    expect(best.map((b) => b.event)).toEqual(['1500m', '5000m']);
  });

  it('bestTimes(races, id) ignores untimed and unfinished runs', () => {
    const dnf = race('r', { results: [result('cole-hocker', null, 200, { status: 'dnf' })] });
    expect(bestTimes([dnf, ...rivalryDataset().races], 'cole-hocker').map((b) => b.time.value)).toEqual([
      207.65,
    ]);
  });

  it('performancesOf(races, id) lists every timed run, fastest first', () => {
    expect(performancesOf(rivalryDataset().races, 'josh-kerr').map((p) => p.time.value)).toEqual([
      207.79, 210.67,
    ]);
  });
});
