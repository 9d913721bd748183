import { useMemo } from 'react';
import type { SourceSpan } from '../../data/types';
import { selectArticles } from '../../state/selectors';
import { useAppStore } from '../../state/useAppStore';
import type { Highlight } from './findHighlight';
import { quoteContext } from './quoteContext';
import './common.css';

interface SourceQuotesProps {
  sources: readonly SourceSpan[];
  /** Show at most this many quotes, then say how many more there are. */
  limit?: number;
  /** The words in each quote that state the value; without it the whole quote is marked. */
  highlight?: Highlight;
}

/**
 * Each place once, in article order. A sentence an article repeats word for word (a lede printed
 * again as a caption) is one quote: the first place it stands.
 */
function uniqueSpans(sources: readonly SourceSpan[]): SourceSpan[] {
  const sorted = [...sources].sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start);
  const seen = new Map<string, SourceSpan>();
  for (const s of sorted) {
    const key = `${s.article}\u0000${s.quote}`;
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}

/**
 * The quotes behind a value: each with its article and the sentence around it, the quoted
 * words highlighted. Text only: quotes are rendered as React text nodes, never as HTML.
 */
export function SourceQuotes({ sources, limit = Infinity, highlight }: SourceQuotesProps) {
  const articles = useAppStore(selectArticles);
  const texts = useMemo(() => new Map(articles.map((a) => [a.name, a.text])), [articles]);
  const spans = uniqueSpans(sources);
  if (spans.length === 0) return <p className="source-quotes-empty">No quote in the articles.</p>;
  const shown = spans.slice(0, limit);
  return (
    <ul className="source-quotes">
      {shown.map((span) => {
        const { before, head, match, tail, after } = quoteContext(texts.get(span.article), span, highlight);
        return (
          <li key={`${span.article}:${span.start}:${span.end}`}>
            <span className="source-article">{span.article}</span>
            <span className="source-text">
              {before !== '' && <span className="source-context">{before}</span>}
              <span className="source-quote">
                {head}
                {match !== '' && <mark>{match}</mark>}
                {tail}
              </span>
              {after !== '' && <span className="source-context">{after}</span>}
            </span>
          </li>
        );
      })}
      {spans.length > shown.length && <li className="source-more">and {spans.length - shown.length} more</li>}
    </ul>
  );
}
