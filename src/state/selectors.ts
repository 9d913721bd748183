import type { Article } from '../data/types';
import type { Conflict, Dataset, Race } from '../model/types';
import type { AppState } from './store';
import type { View } from './url';

// Narrow selectors: each returns a value already in the state (or a memoised one), so
// components subscribed with them re-render only when that value changes.

export const selectArticles = (s: AppState): readonly Article[] => s.articles;
export const selectDataset = (s: AppState): Dataset => s.dataset;
export const selectDatasetError = (s: AppState): string | null => s.datasetError;
export const selectRaces = (s: AppState): Race[] => s.dataset.races;
export const selectConflicts = (s: AppState): Conflict[] => s.dataset.conflicts;
export const selectView = (s: AppState): View => s.view;
export const selectRaceId = (s: AppState): string | null => s.raceId;

/** Dated races in date order, then undated ones by the earliest date they could have been. */
export function sortRacesByDate(races: readonly Race[]): Race[] {
  const key = (r: Race): [number, string] => {
    if (r.date !== null) return [0, r.date.value];
    const bound = r.dateRange?.earliest ?? r.dateRange?.latest ?? null;
    return bound === null ? [2, ''] : [1, bound];
  };
  return races
    .map((race, index) => ({ race, index, key: key(race) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1].localeCompare(b.key[1]) || a.index - b.index)
    .map((x) => x.race);
}

const sortedCache = new WeakMap<readonly Race[], Race[]>();

/** The races in date order, memoised on the dataset's race list. */
export function selectRacesByDate(s: AppState): Race[] {
  const races = s.dataset.races;
  let sorted = sortedCache.get(races);
  if (sorted === undefined) {
    sorted = sortRacesByDate(races);
    sortedCache.set(races, sorted);
  }
  return sorted;
}

/**
 * The race a view opens on when none is chosen: the one with the most results (the best
 * documented), the earliest of those on a tie; null when there are no races.
 */
export function selectDefaultRace(s: AppState): Race | null {
  let best: Race | null = null;
  for (const race of selectRacesByDate(s)) {
    if (best === null || race.results.length > best.results.length) best = race;
  }
  return best;
}

/** The chosen race, or the default race when none is chosen; null when the id matches no race. */
export function selectCurrentRace(s: AppState): Race | null {
  if (s.raceId === null) return selectDefaultRace(s);
  return s.dataset.races.find((r) => r.id === s.raceId) ?? null;
}
