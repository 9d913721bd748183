import type { SourceSpan } from '../../data/types';

/** How many different articles the spans come from: the weight of evidence behind a value. */
export function countArticles(sources: readonly SourceSpan[]): number {
  return new Set(sources.map((s) => s.article)).size;
}
