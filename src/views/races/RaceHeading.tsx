import type { ReactNode } from 'react';
import type { Conflict, Race } from '../../model/types';
import { ConflictMark } from '../common/ConflictMark';
import { FactValue } from '../common/FactValue';
import { formatDate } from '../common/formatDate';
import { formatDateRange } from '../common/formatDateRange';
import { highlightOf } from '../common/highlightOf';
import { SourcePopover } from '../common/SourcePopover';

interface RaceHeadingProps {
  race: Race;
  /** Conflicts about the race itself (date, event, round), not about one athlete. */
  conflicts: readonly Conflict[];
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="race-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function RaceDate({ race }: { race: Race }) {
  if (race.date !== null) {
    return (
      <FactValue
        fact={race.date}
        format={formatDate}
        highlight={() => highlightOf.date}
        title={`Date of ${race.name}`}
      />
    );
  }
  const range = race.dateRange;
  if (range === null) return <span className="fact-missing">Not known</span>;
  return (
    <>
      <SourcePopover
        className="fact fact-derived"
        title={`Date of ${race.name}`}
        sources={range.sources}
        note={`Inferred: ${range.reason}.`}
      >
        <span className="fact-text">{formatDateRange(range)}</span>
        <span className="visually-hidden"> (inferred, not stated)</span>
      </SourcePopover>
      <span className="date-reason"> — {range.reason}</span>
    </>
  );
}

/** The race's name and what it is: competition, event, field, round and date, each sourced. */
export function RaceHeading({ race, conflicts }: RaceHeadingProps) {
  const about = (field: Conflict['field']) => conflicts.filter((c) => c.field === field);
  return (
    <header className="race-heading">
      <h2 id="race-title" tabIndex={-1}>
        {race.name}
      </h2>
      <dl className="race-facts">
        {race.competition !== null && (
          <Item term="Competition">
            <FactValue
              fact={race.competition}
              format={(c) => c.name}
              highlight={(c) => [...highlightOf.words(c.name), ...(c.city === null ? [] : [c.city])]}
              title="Competition"
            />
          </Item>
        )}
        {race.event !== null && (
          <Item term="Event">
            <FactValue fact={race.event} format={capitalise} highlight={highlightOf.event} title="Event" />
            <ConflictMark conflicts={about('event')} />
          </Item>
        )}
        {race.sex !== null && (
          <Item term="Field">
            <FactValue fact={race.sex} format={capitalise} highlight={(s) => [s]} title="Field" />
          </Item>
        )}
        {race.round !== null && (
          <Item term="Round">
            <FactValue fact={race.round} format={capitalise} highlight={highlightOf.words} title="Round" />
            <ConflictMark conflicts={about('round')} />
          </Item>
        )}
        <Item term="Date">
          <RaceDate race={race} />
          <ConflictMark conflicts={about('date')} />
        </Item>
      </dl>
    </header>
  );
}
