import type { SourceSpan } from '../../data/types';
import type { Race } from '../types';
import { meetingWhen, whenSortKey } from './meetingWhen';
import type { MeetingWhen } from './meetingWhen';

/**
 * How a meeting is known: `results` (a race with places or times), `narrative` (a race the
 * articles only tell, "A beat B"), `absence` (one athlete ran, another is reported not running).
 */
export type MeetingKind = 'results' | 'narrative' | 'absence';

/** A chosen athlete reported as not running a race. */
export interface MeetingAbsence {
  athleteId: string;
  sources: SourceSpan[];
}

/** One race in which at least two of the chosen athletes met, or one ran and another stayed away. */
export interface Meeting {
  race: Race;
  kind: MeetingKind;
  /** Chosen athletes who ran, in the order the race lists them (results, then orderings). */
  present: string[];
  /** Chosen athletes the articles report absent. */
  absent: MeetingAbsence[];
  when: MeetingWhen;
}

/** The athletes who ran `race`: every result except non-starters, then everyone in an ordering. */
export function runnersOf(race: Race): string[] {
  const ids: string[] = [];
  const add = (id: string): void => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const r of race.results) if (r.status !== 'dns') add(r.athleteId);
  for (const o of race.orderings) {
    add(o.ahead);
    add(o.behind);
  }
  return ids;
}

/** The athletes reported not running `race`: stated absences and non-starters in the results. */
export function absencesOf(race: Race): MeetingAbsence[] {
  const runners = new Set(runnersOf(race));
  const out: MeetingAbsence[] = [];
  for (const a of race.absences) {
    if (!runners.has(a.athleteId) && !out.some((o) => o.athleteId === a.athleteId)) {
      out.push({ athleteId: a.athleteId, sources: a.sources });
    }
  }
  for (const r of race.results) {
    if (r.status === 'dns' && !runners.has(r.athleteId) && !out.some((o) => o.athleteId === r.athleteId)) {
      out.push({ athleteId: r.athleteId, sources: r.sources });
    }
  }
  return out;
}

/** Orders meetings (or anything with a race and a date) in time: by first possible day, undated last, then race id. */
export function compareMeetings(
  a: Pick<Meeting, 'race' | 'when'>,
  b: Pick<Meeting, 'race' | 'when'>,
): number {
  const ka = whenSortKey(a.when);
  const kb = whenSortKey(b.when);
  if (ka !== kb) {
    if (ka === null) return 1;
    if (kb === null) return -1;
    return ka < kb ? -1 : 1;
  }
  return a.race.id < b.race.id ? -1 : a.race.id > b.race.id ? 1 : 0;
}

/**
 * Every meeting among `athleteIds` in `races`, in time order. A race is a meeting when two chosen
 * athletes ran it (in its results or its orderings), or when one ran it and another is reported
 * absent. Its kind is the race's kind, or `absence` when fewer than two chosen athletes ran.
 */
export function meetingsOf(races: readonly Race[], athleteIds: readonly string[]): Meeting[] {
  const chosen = new Set(athleteIds);
  const meetings: Meeting[] = [];
  for (const race of races) {
    const present = runnersOf(race).filter((id) => chosen.has(id));
    const absent = absencesOf(race).filter((a) => chosen.has(a.athleteId));
    if (present.length >= 2 || (present.length === 1 && absent.length > 0)) {
      meetings.push({
        race,
        kind: present.length >= 2 ? race.kind : 'absence',
        present,
        absent,
        when: meetingWhen(race),
      });
    }
  }
  return meetings.sort(compareMeetings);
}
