import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/data/types';
import type { Dataset } from '../../src/model/types';
import {
  selectCurrentRace,
  selectDefaultRace,
  selectRacesByDate,
  sortRacesByDate,
} from '../../src/state/selectors';
import { createAppStore } from '../../src/state/store';
import { fact, makeRace, makeResult, parisDataset } from '../views/common/datasetFixture';

const dated = (id: string, date: string) => makeRace(id, id, { date: fact(isoDate(date), []) });
const ranged = (id: string, earliest: string | null) =>
  makeRace(id, id, {
    dateRange: {
      earliest: earliest === null ? null : isoDate(earliest),
      latest: null,
      reason: '',
      sources: [],
    },
  });

describe('sortRacesByDate', () => {
  it('sortRacesByDate(races) puts dated races in date order, then ranged, then undated', () => {
    const races = [
      makeRace('none', 'none'),
      ranged('r-jun', '2024-06-01'),
      dated('aug', '2024-08-06'),
      dated('jul', '2024-07-12'),
    ];
    expect(sortRacesByDate(races).map((r) => r.id)).toEqual(['jul', 'aug', 'r-jun', 'none']);
  });

  it('sortRacesByDate keeps the original order of races on the same date', () => {
    const races = [dated('b', '2024-08-06'), dated('a', '2024-08-06')];
    expect(sortRacesByDate(races).map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('race selectors', () => {
  const storeWith = (dataset: Dataset) => createAppStore([], { derive: () => dataset });

  it('selectRacesByDate returns the same array while the dataset is unchanged', () => {
    const state = storeWith(parisDataset()).getState();
    expect(selectRacesByDate(state)).toBe(selectRacesByDate(state));
  });

  it('selectDefaultRace picks the race with the most results', () => {
    const state = storeWith(parisDataset()).getState();
    expect(selectDefaultRace(state)?.id).toBe('paris-2024-m1500-final');
  });

  it('selectDefaultRace is null without races', () => {
    const state = storeWith({ races: [], athletes: [], remarks: [], conflicts: [], issues: [] }).getState();
    expect(selectDefaultRace(state)).toBeNull();
  });

  it('selectCurrentRace follows raceId, and is null for an unknown id', () => {
    const store = storeWith(parisDataset());
    store.getState().selectRace('lausanne-2024-m1500');
    expect(selectCurrentRace(store.getState())?.id).toBe('lausanne-2024-m1500');
    store.getState().selectRace('nope');
    expect(selectCurrentRace(store.getState())).toBeNull();
  });

  it('selectDefaultRace breaks ties by date order', () => {
    const one = (id: string, date: string) =>
      makeRace(id, id, { date: fact(isoDate(date), []), results: [makeResult('a', 'A')] });
    const state = storeWith({
      races: [one('late', '2024-09-01'), one('early', '2024-01-01')],
      athletes: [],
      remarks: [],
      conflicts: [],
      issues: [],
    }).getState();
    expect(selectDefaultRace(state)?.id).toBe('early');
  });
});
