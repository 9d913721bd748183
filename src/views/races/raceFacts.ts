import type { SourceSpan } from '../../data/types';
import type { Race } from '../../model/types';

/** One value of a race, reduced to what the views need to count and place it. */
export interface RaceFact {
  basis: 'stated' | 'derived';
  sources: readonly SourceSpan[];
}

/**
 * Every value a race holds (its heading facts, each result's values, the stated orderings,
 * narrative events and absences), with their sources. Narrative, orderings, absences and
 * records are read from articles, so they count as stated.
 */
export function raceFacts(race: Race): RaceFact[] {
  const facts: RaceFact[] = [];
  const stated = (x: { sources: readonly SourceSpan[] }): RaceFact => ({
    basis: 'stated',
    sources: x.sources,
  });
  for (const f of [race.competition, race.event, race.sex, race.round, race.date])
    if (f !== null) facts.push(f);
  if (race.dateRange !== null && race.dateRange.sources.length > 0) facts.push(stated(race.dateRange));
  for (const r of race.results) {
    for (const f of [r.place, r.country, r.time, r.gap]) if (f !== null) facts.push(f);
    for (const s of [...r.statedGaps, ...r.records]) facts.push(stated(s));
  }
  for (const x of [...race.orderings, ...race.narrative, ...race.absences]) facts.push(stated(x));
  return facts;
}
