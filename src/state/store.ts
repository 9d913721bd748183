import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Article } from '../data/types';
import { deriveDataset } from '../model/deriveDataset';
import { createComparisonSlice, type ComparisonSlice } from './comparisonSlice';
import { createDatasetSlice, type DatasetSlice, type DeriveDataset } from './datasetSlice';
import { createNavigationSlice, type NavigationSlice } from './navigationSlice';
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice';

/** The whole app state: one store built from slices. */
export type AppState = DatasetSlice & NavigationSlice & PlaybackSlice & ComparisonSlice;
/** The store object: `getState`, `setState`, `subscribe`. */
export type AppStore = StoreApi<AppState>;

/** Options for tests and tools: inject a derive function to work from a hand-written dataset. */
export interface AppStoreOptions {
  derive?: DeriveDataset;
}

/**
 * Creates a fresh store holding `articles` and the dataset derived from them.
 * A factory rather than a module singleton, so every test gets its own store.
 */
export function createAppStore(articles: readonly Article[] = [], options: AppStoreOptions = {}): AppStore {
  const derive = options.derive ?? deriveDataset;
  return createStore<AppState>()((...a) => ({
    ...createDatasetSlice(articles, derive)(...a),
    ...createNavigationSlice(...a),
    ...createPlaybackSlice(...a),
    ...createComparisonSlice(...a),
  }));
}
