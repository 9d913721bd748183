import type { Race } from '../../model/types';
import { raceFacts } from './raceFacts';

/** An article behind a race and how many of the race's stated values it gives. */
export interface ArticleContribution {
  article: string;
  facts: number;
}

/**
 * How many stated values of the race each article supports, for every article behind the race.
 * Derived values are left out: an article does not state a gap the app computed.
 */
export function articleContributions(race: Race): ArticleContribution[] {
  const counts = new Map<string, number>(race.articles.map((a) => [a, 0]));
  for (const fact of raceFacts(race)) {
    if (fact.basis !== 'stated') continue;
    for (const article of new Set(fact.sources.map((s) => s.article))) {
      counts.set(article, (counts.get(article) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([article, facts]) => ({ article, facts }))
    .sort((a, b) => a.article.localeCompare(b.article));
}
