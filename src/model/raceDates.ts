/**
 * A race's date from its frames: the stated day more articles support (a disagreement is kept as a
 * conflict), else the range the text allows ("less than two months before the Games"), else the
 * days of its championships.
 */
import type { IsoDate, SourceSpan } from '../data/types';
import { EDITIONS, KIND_NAMES } from '../data/lexicon/competitions';
import { addDays } from '../data/findDates';
import type { Conflict, DateRange, Fact } from './types';
import { disagreementLead } from './disagreement';
import type { FrameRef } from './groupFrames';
import { uniqueSources } from './sources';

/** The stated day more articles support; other days become a conflict. */
export function chooseDate(
  raceId: string,
  name: string,
  group: FrameRef[],
  conflicts: Conflict[],
): Fact<IsoDate> | null {
  const byValue = new Map<string, SourceSpan[]>();
  for (const g of group)
    if (g.frame.date)
      byValue.set(g.frame.date.value, [...(byValue.get(g.frame.date.value) ?? []), ...g.frame.date.sources]);
  if (byValue.size === 0) return null;
  const ranked = [...byValue.entries()].sort(
    (a, b) => new Set(b[1].map((s) => s.article)).size - new Set(a[1].map((s) => s.article)).size,
  );
  if (ranked.length > 1) {
    conflicts.push({
      id: `${raceId}:date`,
      raceId,
      athleteId: null,
      field: 'date',
      message: `${disagreementLead(`the date of ${name}`, [...byValue.values()].flat())}.`,
      values: ranked.map(([v, s]) => ({ value: v, sources: uniqueSources(s) })),
      chosen: ranked[0]?.[0] ?? null,
      rule: 'the date more articles support',
    });
  }
  const [value, sources] = ranked[0] as [string, SourceSpan[]];
  return { value: value as IsoDate, sources: uniqueSources(sources), basis: 'stated' };
}

/** The range a frame's "before the Games" allows. */
export function dateRangeOf(group: FrameRef[]): DateRange | null {
  for (const g of group) {
    const b = g.frame.before;
    if (!b) continue;
    const [kind, year] = b.competitionKey.split(':');
    const edition = EDITIONS.find((e) => e.kind === kind && String(e.year) === year);
    if (!edition) continue;
    const latest = edition.start as IsoDate;
    const earliest = (
      b.days !== null ? addDays(edition.start, -b.days) : `${edition.start.slice(0, 4)}-01-01`
    ) as IsoDate;
    const reason =
      b.days !== null
        ? `less than ${Math.round(b.days / (b.days >= 28 ? 30.5 : b.days >= 7 ? 7 : 1))} ${b.days >= 28 ? 'months' : b.days >= 7 ? 'weeks' : 'days'} before ${edition.city} ${edition.label ?? edition.year} (starts ${edition.start})`
        : `before ${edition.city} ${edition.label ?? edition.year} (starts ${edition.start}); same season assumed`;
    return { earliest, latest, reason, sources: [b.source] };
  }
  return null;
}

// A championship race with no day stated still happened during its championships.
export function editionRange(
  competition: { kind: string; year: number | null; city: string | null } | null,
): DateRange | null {
  if (!competition || competition.year === null) return null;
  const edition = EDITIONS.find((e) => e.kind === competition.kind && e.year === competition.year);
  if (!edition) return null;
  return {
    earliest: edition.start as IsoDate,
    latest: edition.end as IsoDate,
    reason: `during the ${edition.city} ${edition.label ?? edition.year} ${KIND_NAMES[edition.kind]} (${edition.start} to ${edition.end}); the day is not stated`,
    sources: [],
  };
}
