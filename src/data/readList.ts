import type { ArticleFacts } from './articleFacts';
import type { RecordKind } from './types';
import type { PeopleIndex } from './peopleIndex';
import type { Salience } from './resolveMention';
import { parseTime } from './parseTime';
import type { readResultsLine } from './resultsList';
import { ensureFrame, type ArticleState, type SpanOf } from './articleState';

const RECORD_CODES = new Set(['WR', 'OR', 'AR', 'NR', 'CR', 'MR', 'WL', 'PB', 'SB', 'WU20R']);

/** The entries of a results line become places, times, statuses and records of the race in hand. */
export function readList(
  list: ReturnType<typeof readResultsLine>,
  people: PeopleIndex,
  facts: ArticleFacts,
  state: ArticleState,
  salience: Salience,
  span: SpanOf,
): void {
  const frame = ensureFrame(facts, state, state.current);
  const distance = facts.frames[frame]?.distance ?? null;
  for (const e of list) {
    const id = people.idOf(e.name) ?? people.add(e.name).id;
    const src = span(e.start, e.end);
    salience.counts.set(id, (salience.counts.get(id) ?? 0) + 1);
    if (e.country && !salience.countries.has(id))
      salience.countries.set(id, { code: e.country, source: src });
    if (e.place !== null && !e.status)
      facts.results.push({ frame, athleteId: id, field: 'place', value: e.place, source: src });
    if (e.status) facts.results.push({ frame, athleteId: id, field: 'status', value: e.status, source: src });
    const parsed = e.time ? parseTime(e.time, distance) : null;
    if (parsed)
      facts.results.push({
        frame,
        athleteId: id,
        field: 'time',
        value: parsed.seconds,
        precision: parsed.precision,
        typo: parsed.typo,
        source: src,
      });
    for (const r of e.records)
      if (RECORD_CODES.has(r))
        facts.results.push({
          frame,
          athleteId: id,
          field: 'record',
          value: r,
          record: r as RecordKind,
          source: src,
        });
  }
}
