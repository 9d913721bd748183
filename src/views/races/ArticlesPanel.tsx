import { useMemo } from 'react';
import type { Race } from '../../model/types';
import { selectArticles } from '../../state/selectors';
import { useAppStore } from '../../state/useAppStore';
import { articleContributions } from './articleContributions';

const TITLE_LENGTH = 90;

function titleOf(text: string | undefined): string | null {
  const line = text
    ?.split('\n')
    .find((l) => l.trim().length > 0)
    ?.trim();
  if (line === undefined) return null;
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line;
}

/** The article files behind a race, with their first line and how many values each gives. */
export function ArticlesPanel({ race }: { race: Race }) {
  const articles = useAppStore(selectArticles);
  const texts = useMemo(() => new Map(articles.map((a) => [a.name, a.text])), [articles]);
  const rows = articleContributions(race);
  return (
    <aside className="articles-panel" aria-labelledby="articles-heading">
      <h3 id="articles-heading">Articles</h3>
      {rows.length === 0 ? (
        <p className="quiet">No article is linked to this race.</p>
      ) : (
        <ul className="article-list">
          {rows.map(({ article, facts }) => {
            const title = titleOf(texts.get(article));
            return (
              <li key={article}>
                <span className="article-name">{article}</span>
                {title !== null && <span className="article-title">{title}</span>}
                <span className="article-facts">
                  {facts} {facts === 1 ? 'fact' : 'facts'}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}
