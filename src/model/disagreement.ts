import type { SourceSpan } from '../data/types';

/**
 * How a conflict's message opens: "Articles disagree on Ruiz's time" when the values come from
 * several articles, "a.txt gives more than one value for Ruiz's time" when one article states
 * them all (a report that contradicts itself is not a disagreement between articles).
 */
export function disagreementLead(what: string, sources: readonly SourceSpan[]): string {
  const articles = new Set(sources.map((s) => s.article));
  if (articles.size === 1)
    return `${[...articles][0] ?? 'One article'} gives more than one value for ${what}`;
  return `Articles disagree on ${what}`;
}
