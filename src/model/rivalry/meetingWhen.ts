import { isoDate } from '../../data/types';
import type { IsoDate, SourceSpan } from '../../data/types';
import type { Race } from '../types';

/** When a race took place, as precisely as the articles allow. */
export type MeetingWhen =
  | { kind: 'date'; date: IsoDate; sources: SourceSpan[] }
  | {
      kind: 'range';
      /** Null bound: open on that side. */
      earliest: IsoDate | null;
      latest: IsoDate | null;
      reason: string;
      sources: SourceSpan[];
    }
  | { kind: 'unknown' };

/**
 * The date of `race`: its stated or derived date; else its date range; else the whole year of its
 * competition (a championship edition names its year); else unknown.
 */
export function meetingWhen(race: Race): MeetingWhen {
  if (race.date) return { kind: 'date', date: race.date.value, sources: race.date.sources };
  const range = race.dateRange;
  if (range && (range.earliest !== null || range.latest !== null)) {
    if (range.earliest !== null && range.earliest === range.latest) {
      return { kind: 'date', date: range.earliest, sources: range.sources };
    }
    return {
      kind: 'range',
      earliest: range.earliest,
      latest: range.latest,
      reason: range.reason,
      sources: range.sources,
    };
  }
  const year = race.competition?.value.year ?? null;
  if (year !== null && race.competition) {
    return {
      kind: 'range',
      earliest: isoDate(`${String(year).padStart(4, '0')}-01-01`),
      latest: isoDate(`${String(year).padStart(4, '0')}-12-31`),
      reason: 'only the year of the competition is known',
      sources: race.competition.sources,
    };
  }
  return { kind: 'unknown' };
}

/** The first day a `when` may fall on, for sorting; null when nothing is known. */
export function whenSortKey(when: MeetingWhen): IsoDate | null {
  if (when.kind === 'date') return when.date;
  if (when.kind === 'range') return when.earliest ?? when.latest;
  return null;
}

/** Milliseconds since the epoch at UTC midnight of an ISO date (yyyy-mm-dd). */
export function isoDateToUtc(date: IsoDate): number {
  const [y = '1970', m = '1', d = '1'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}
