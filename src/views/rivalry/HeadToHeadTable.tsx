import { describeAppearance } from '../../model/rivalry/describeAppearance';
import { describeOutcome } from '../../model/rivalry/describePairMeeting';
import { formatWhen } from '../../model/rivalry/formatWhen';
import type { HeadToHead, PairMeeting } from '../../model/rivalry/headToHead';
import type { Race } from '../../model/types';
import { SourcePopover } from '../common/SourcePopover';

/** Props of a head-to-head table. */
export interface HeadToHeadTableProps {
  headToHead: HeadToHead;
  nameOf: (athleteId: string) => string;
  /** Opens a race (its page, or its replay when it has times). */
  onOpenRace: (race: Race) => void;
}

const KIND_WORDS = {
  results: 'results',
  narrative: 'reported in text, no results',
  absence: 'absence reported',
} as const;

/** "Lind 1, Okafor 2 (1 absence: no win)": the record of a pair in words. */
export function describeRecord(h: HeadToHead, nameOf: (id: string) => string): string {
  const extra = [
    h.undecided > 0 ? `${h.undecided} with the order not reported` : '',
    h.absences > 0 ? `${h.absences} ${h.absences === 1 ? 'absence' : 'absences'}` : '',
  ].filter(Boolean);
  const record = `${nameOf(h.a)} ${h.wins.a}, ${nameOf(h.b)} ${h.wins.b}`;
  return extra.length > 0 ? `${record} (${extra.join('; ')}: no win)` : record;
}

function EntrantCell({
  pm,
  athleteId,
  nameOf,
}: {
  pm: PairMeeting;
  athleteId: string;
  nameOf: (id: string) => string;
}) {
  const { race, absent } = pm.meeting;
  const away = absent.find((a) => a.athleteId === athleteId);
  if (away) {
    return (
      <SourcePopover title={`${nameOf(athleteId)} did not run ${race.name}`} sources={away.sources}>
        did not run
      </SourcePopover>
    );
  }
  const result = race.results.find((r) => r.athleteId === athleteId);
  const text = describeAppearance(race, athleteId, nameOf);
  if (!result) return <>{text}</>;
  return (
    <SourcePopover title={`${nameOf(athleteId)} in ${race.name}`} sources={result.sources}>
      {text}
    </SourcePopover>
  );
}

/**
 * Every meeting of a pair, in time order: date, race, each athlete's place and time, who
 * finished ahead (with sources) and the running tally. A win is finishing ahead of the other.
 */
export function HeadToHeadTable({ headToHead: h, nameOf, onOpenRace }: HeadToHeadTableProps) {
  if (h.meetings.length === 0) {
    return (
      <p className="h2h-none">
        {nameOf(h.a)} and {nameOf(h.b)} never meet in the articles.
      </p>
    );
  }
  return (
    <table className="h2h-table">
      <caption>
        {nameOf(h.a)} v {nameOf(h.b)}: {describeRecord(h, nameOf)}
      </caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Race</th>
          <th scope="col">{nameOf(h.a)}</th>
          <th scope="col">{nameOf(h.b)}</th>
          <th scope="col">Who finished ahead</th>
          <th scope="col">Tally</th>
        </tr>
      </thead>
      <tbody>
        {h.meetings.map((pm) => {
          const { race, when, kind } = pm.meeting;
          return (
            <tr key={race.id} data-kind={kind}>
              <td>
                {formatWhen(when)}
                {when.kind === 'range' && <span className="h2h-reason"> ({when.reason})</span>}
              </td>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpenRace(race)}>
                  {race.name}
                </button>
                <span className="h2h-kind"> {KIND_WORDS[kind]}</span>
              </th>
              <td>
                <EntrantCell pm={pm} athleteId={h.a} nameOf={nameOf} />
              </td>
              <td>
                <EntrantCell pm={pm} athleteId={h.b} nameOf={nameOf} />
              </td>
              <td>
                {pm.order ? (
                  <SourcePopover title={`Who finished ahead in ${race.name}`} sources={pm.order.sources}>
                    {describeOutcome(pm, nameOf)}
                  </SourcePopover>
                ) : (
                  describeOutcome(pm, nameOf)
                )}
              </td>
              <td className="h2h-tally">
                {pm.tally.a}–{pm.tally.b}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
