import type { Seconds } from '../../data/types';
import type { Conflict, Fact, Result } from '../../model/types';
import { ConflictMark } from '../common/ConflictMark';
import { countArticles } from '../common/countArticles';
import { FactValue } from '../common/FactValue';
import { formatGap } from '../common/formatGap';
import { formatTime } from '../common/formatTime';
import { highlightOf } from '../common/highlightOf';
import { SourcePopover } from '../common/SourcePopover';
import { recordNames } from './recordNames';

interface ResultRowProps {
  result: Result;
  /** Conflicts about this athlete in this race. */
  conflicts: readonly Conflict[];
}

const STATUS_LABELS = { dnf: 'DNF', dns: 'DNS', dq: 'DQ' } as const;
const STATUS_NAMES = { dnf: 'did not finish', dns: 'did not start', dq: 'disqualified' } as const;

function PlaceCell({ result }: { result: Result }) {
  if (result.status !== 'finished') {
    return (
      <abbr className="status" title={STATUS_NAMES[result.status]}>
        {STATUS_LABELS[result.status]}
      </abbr>
    );
  }
  return (
    <FactValue
      fact={result.place}
      format={String}
      highlight={highlightOf.place}
      title={`Place of ${result.athlete}`}
      derivedFrom="derived from the order of the times"
    />
  );
}

function GapCell({ result }: { result: Result }) {
  const statedSources = result.statedGaps.flatMap((g) => g.sources);
  const statedValues = [...new Set(result.statedGaps.map((g) => formatGap(g.value)))];
  const first = result.statedGaps[0];
  const gap: Fact<Seconds> | null =
    result.gap ??
    (first === undefined ? null : { value: first.value, sources: statedSources, basis: 'stated' });
  if (gap !== null && gap.value === 0 && result.place?.value === 1) {
    return (
      <span className="gap-winner">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">winner</span>
      </span>
    );
  }
  const alsoStated = result.gap !== null && statedValues.length > 0;
  return (
    <FactValue
      fact={
        gap === null
          ? null
          : { ...gap, sources: alsoStated ? [...gap.sources, ...statedSources] : gap.sources }
      }
      format={formatGap}
      highlight={highlightOf.gap}
      title={`Gap of ${result.athlete} to the winner`}
      derivedFrom="derived from the times"
      note={alsoStated ? `Articles also state ${statedValues.join(', ')}.` : undefined}
    />
  );
}

function RecordsCell({ result }: { result: Result }) {
  if (result.records.length === 0) return null;
  return (
    <ul className="records">
      {result.records.map((record) => (
        <li key={record.value}>
          <SourcePopover
            className="record"
            title={`${recordNames[record.value]} — ${result.athlete}`}
            sources={record.sources}
            highlight={highlightOf.record(record.value)}
          >
            <abbr title={recordNames[record.value]}>{record.value}</abbr>
          </SourcePopover>
        </li>
      ))}
    </ul>
  );
}

/** One athlete's line of the results table; every value opens its quotes. */
export function ResultRow({ result, conflicts }: ResultRowProps) {
  const about = (field: Conflict['field']) => conflicts.filter((c) => c.field === field);
  const articles = countArticles(result.sources);
  return (
    <tr>
      <td className="col-place">
        <PlaceCell result={result} />
        <ConflictMark conflicts={about('place')} />
      </td>
      <th scope="row" className="col-athlete">
        {result.athlete}
      </th>
      <td className="col-country">
        <FactValue
          fact={result.country}
          format={String}
          highlight={highlightOf.country}
          title={`Country of ${result.athlete}`}
        />
        <ConflictMark conflicts={about('country')} />
      </td>
      <td className="col-time">
        <FactValue
          fact={result.time}
          format={formatTime}
          highlight={highlightOf.time}
          title={`Time of ${result.athlete}`}
          derivedFrom="worked out from a stated gap and the time it is measured from"
        />
        <ConflictMark conflicts={about('time')} />
      </td>
      <td className="col-gap">
        <GapCell result={result} />
        <ConflictMark conflicts={about('gap')} />
      </td>
      <td className="col-records">
        <RecordsCell result={result} />
      </td>
      <td className="col-sources">
        <SourcePopover
          className="row-sources"
          highlight={highlightOf.name(result.athlete)}
          title={`What the articles say about ${result.athlete}`}
          sources={result.sources}
        >
          {articles} {articles === 1 ? 'article' : 'articles'}
        </SourcePopover>
      </td>
    </tr>
  );
}
