import type { Dataset } from './types';

/** The stable JSON contract of `npm run derive` (see README). */
export interface DeriveJson {
  races: unknown[];
  conflicts: unknown[];
  issues: unknown[];
}

/** Shapes a dataset into the documented `npm run derive` JSON. */
export function toDeriveJson(dataset: Dataset): DeriveJson {
  return { races: dataset.races, conflicts: dataset.conflicts, issues: dataset.issues };
}
