import type { StateCreator } from 'zustand/vanilla';
import type { Article } from '../data/types';
import type { Dataset } from '../model/types';
import type { AppState } from './store';

/** Turns articles into a dataset; the app uses `deriveDataset`, tests inject their own. */
export type DeriveDataset = (articles: readonly Article[]) => Dataset;

/** The articles the app reads (bundled seeds plus the user's) and what they let us derive. */
export interface DatasetSlice {
  articles: readonly Article[];
  /** Computed from `articles` whenever they change; never persisted. */
  dataset: Dataset;
  /** Set when deriving failed, so the app can say so instead of going blank. */
  datasetError: string | null;
  setArticles: (articles: readonly Article[]) => void;
  /** Adds articles, replacing any already loaded under the same name. */
  addArticles: (articles: readonly Article[]) => void;
  removeArticle: (name: string) => void;
}

export const EMPTY_DATASET: Dataset = Object.freeze({
  races: [],
  athletes: [],
  remarks: [],
  conflicts: [],
  issues: [],
}) as Dataset;

function sameArticles(a: readonly Article[], b: readonly Article[]): boolean {
  return a.length === b.length && a.every((x, i) => x.name === b[i]?.name && x.text === b[i]?.text);
}

function applyDerive(
  derive: DeriveDataset,
  articles: readonly Article[],
): Pick<DatasetSlice, 'dataset' | 'datasetError'> {
  // deriveDataset promises not to throw; if it ever does, the app still has to open.
  try {
    return { dataset: derive(articles), datasetError: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { dataset: EMPTY_DATASET, datasetError: message };
  }
}

/** Creates the dataset slice, deriving once from the initial articles. */
export function createDatasetSlice(
  initial: readonly Article[],
  derive: DeriveDataset,
): StateCreator<AppState, [], [], DatasetSlice> {
  return (set, get) => {
    const setArticles = (articles: readonly Article[]): void => {
      if (sameArticles(articles, get().articles)) return;
      const next = [...articles];
      set({ articles: next, ...applyDerive(derive, next) });
    };
    return {
      articles: [...initial],
      ...applyDerive(derive, initial),
      setArticles,
      addArticles: (added) => {
        const names = new Set(added.map((a) => a.name));
        setArticles([...get().articles.filter((a) => !names.has(a.name)), ...added]);
      },
      removeArticle: (name) => setArticles(get().articles.filter((a) => a.name !== name)),
    };
  };
}
