import type { ReactNode } from 'react';
import type { Fact } from '../../model/types';
import { countArticles } from './countArticles';
import type { Highlight } from './findHighlight';
import { SourcePopover } from './SourcePopover';

interface FactValueProps<T> {
  fact: Fact<T> | null;
  format: (value: T) => string;
  /** Names the value in its popover: "Time of Ana Ruiz". */
  title: string;
  /** How a derived value was computed, shown and read out: "derived from times". */
  derivedFrom?: string;
  /** More to say in the popover (a stated gap that agrees, say). */
  note?: ReactNode;
  /** What states the value in a source sentence, to highlight it there. */
  highlight?: (value: T) => Highlight;
  /** Shown when there is no value. */
  missing?: string;
}

/**
 * One value of the dataset: the value, how many articles support it (×n) and, on hover or
 * focus, the quotes. Derived values are drawn differently from stated ones and say so in words.
 */
export function FactValue<T>({
  fact,
  format,
  title,
  derivedFrom,
  note,
  highlight,
  missing = '—',
}: FactValueProps<T>) {
  if (fact === null) {
    return (
      <span className="fact-missing">
        <span aria-hidden="true">{missing}</span>
        <span className="visually-hidden">not reported</span>
      </span>
    );
  }
  const derived = fact.basis === 'derived';
  const how = derivedFrom ?? 'derived from other values';
  const count = countArticles(fact.sources);
  return (
    <SourcePopover
      className={derived ? 'fact fact-derived' : 'fact fact-stated'}
      title={title}
      sources={fact.sources}
      highlight={highlight?.(fact.value)}
      note={
        <>
          {derived ? `Computed by the app: ${how}.` : 'Stated in the articles.'}
          {note !== undefined && <> {note}</>}
        </>
      }
    >
      <span className="fact-text">{format(fact.value)}</span>
      {derived && <span className="visually-hidden"> ({how})</span>}
      {count > 0 && (
        <>
          <span className="fact-count" aria-hidden="true">
            ×{count}
          </span>
          <span className="visually-hidden">{` (${count} ${count === 1 ? 'article' : 'articles'})`}</span>
        </>
      )}
    </SourcePopover>
  );
}
