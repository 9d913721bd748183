import type { Conflict } from '../../model/types';
import { conflictAnchorId } from '../common/ConflictMark';
import { countArticles } from '../common/countArticles';
import { formatGap } from '../common/formatGap';
import type { Highlight } from '../common/findHighlight';
import { formatTime } from '../common/formatTime';
import { highlightOf } from '../common/highlightOf';
import { SourceQuotes } from '../common/SourceQuotes';

interface RaceConflictsProps {
  conflicts: readonly Conflict[];
  nameOf: (athleteId: string) => string;
}

function formatConflictValue(field: Conflict['field'], value: string | number): string {
  if (typeof value === 'string') return value;
  if (field === 'time') return formatTime(value);
  if (field === 'gap') return formatGap(value);
  return String(value);
}

function highlightFor(field: Conflict['field'], value: string | number): Highlight {
  if (typeof value === 'string') return field === 'country' ? highlightOf.country(value) : [value];
  if (field === 'time') return highlightOf.time(value);
  if (field === 'gap') return highlightOf.gap(value);
  if (field === 'place') return highlightOf.place(value);
  return [String(value)];
}

/** Every disagreement between articles about this race, each side with its quotes. */
export function RaceConflicts({ conflicts, nameOf }: RaceConflictsProps) {
  return (
    <section className="conflicts" aria-labelledby="conflicts-heading">
      <h3 id="conflicts-heading">Where the articles disagree</h3>
      {conflicts.length === 0 ? (
        <p className="quiet">The articles do not contradict each other about this race.</p>
      ) : (
        <ul className="conflict-list">
          {conflicts.map((c) => (
            <li key={c.id} id={conflictAnchorId(c)} tabIndex={-1} className="conflict">
              <p>
                <span aria-hidden="true">⚠ </span>
                <strong>
                  {c.field.charAt(0).toUpperCase() + c.field.slice(1)}
                  {c.athleteId !== null && ` of ${nameOf(c.athleteId)}`}
                </strong>
                : {c.message}
              </p>
              <ul className="conflict-sides">
                {c.values.map((v) => {
                  const n = countArticles(v.sources);
                  const shown = v.value === c.chosen;
                  return (
                    <li key={String(v.value)} className={shown ? 'conflict-side chosen' : 'conflict-side'}>
                      <p>
                        <span className="conflict-value">{formatConflictValue(c.field, v.value)}</span>{' '}
                        <span className="quiet">
                          {n} {n === 1 ? 'article' : 'articles'}
                          {shown && ' · shown in the table'}
                        </span>
                      </p>
                      <SourceQuotes
                        sources={v.sources}
                        limit={2}
                        highlight={highlightFor(c.field, v.value)}
                      />
                    </li>
                  );
                })}
              </ul>
              <p className="conflict-rule">
                {c.chosen === null
                  ? 'No value is shown: '
                  : `Shown: ${formatConflictValue(c.field, c.chosen)}, because `}
                {c.rule}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
