import type { SourceSpan } from '../../data/types';
import type { NarrativeEvent } from '../../model/types';
import { formatTime } from '../common/formatTime';

const metres = (m: number): string => `${Math.round(m)} m`;

function where(event: NarrativeEvent): string {
  if (event.toGo !== null) return ` with ${metres(event.toGo)} to go`;
  if (event.at === 0) return ' from the start';
  if (event.at !== null) return ` at ${metres(event.at)}`;
  return '';
}

type AthleteEvent = NarrativeEvent & { kind: 'lead' | 'pass' | 'surge' | 'kick' | 'fade'; athleteId: string };

const isAthleteEvent = (event: NarrativeEvent): event is AthleteEvent =>
  event.athleteId !== null && event.kind !== 'split' && event.kind !== 'bell';

/** Where a move happens, and for a lead until where it lasts: " at 800 m until 1300 m". */
function place(event: NarrativeEvent): string {
  return `${where(event)}${event.kind === 'lead' && event.until !== null ? ` until ${metres(event.until)}` : ''}`;
}

/** What an athlete does, without the athlete or the place: "passes Lars Berg", "leads". */
function predicate(event: AthleteEvent, nameOf: (athleteId: string) => string): string {
  switch (event.kind) {
    case 'lead':
      return 'leads';
    case 'pass': {
      const others = event.others.map(nameOf).join(' and ');
      return `passes ${others === '' ? 'a rival' : others}`;
    }
    case 'surge':
      return 'surges';
    case 'kick':
      return 'kicks';
    case 'fade':
      return 'fades';
  }
}

/** A narrative event in plain words: "Lars Berg leads at 800 m until 1300 m". */
export function describeEvent(event: NarrativeEvent, nameOf: (athleteId: string) => string): string {
  if (isAthleteEvent(event)) return `${nameOf(event.athleteId)} ${predicate(event, nameOf)}${place(event)}`;
  const who = event.athleteId === null ? 'The field' : nameOf(event.athleteId);
  switch (event.kind) {
    case 'split':
      return `Split${event.time !== null ? ` of ${formatTime(event.time)}` : ''}${where(event)}${
        event.athleteId !== null ? ` (${who})` : ''
      }`;
    case 'bell':
      return `Bell${where(event)}`;
    default:
      return `${who} ${event.kind === 'lead' ? 'leads' : `${event.kind}s`}${where(event)}`;
  }
}

// A move before what it does to others: "kicks and passes Lars Berg".
const PREDICATE_ORDER: Record<AthleteEvent['kind'], number> = {
  lead: 0,
  surge: 1,
  kick: 2,
  fade: 3,
  pass: 4,
};

const joinAnd = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;

/**
 * Several events told by one sentence, in one line: an athlete's moves at one place share the
 * athlete and the place ("Ana Ruiz kicks and passes Lars Berg with 30 m to go; Lars Berg fades
 * with 30 m to go"). Splits, bells and the field's moves stand alone.
 */
export function describeEvents(
  events: readonly NarrativeEvent[],
  nameOf: (athleteId: string) => string,
): string {
  const lines: string[] = [];
  const byAthlete = new Map<string, AthleteEvent[]>();
  const order: (string | NarrativeEvent)[] = [];
  for (const event of events) {
    if (!isAthleteEvent(event)) {
      order.push(event);
      continue;
    }
    const mine = byAthlete.get(event.athleteId);
    if (mine) mine.push(event);
    else {
      byAthlete.set(event.athleteId, [event]);
      order.push(event.athleteId);
    }
  }
  for (const item of order) {
    if (typeof item !== 'string') {
      lines.push(describeEvent(item, nameOf));
      continue;
    }
    const mine = [...(byAthlete.get(item) ?? [])].sort(
      (a, b) => PREDICATE_ORDER[a.kind] - PREDICATE_ORDER[b.kind],
    );
    const first = mine[0];
    if (!first) continue;
    const places = new Set(mine.map(place));
    lines.push(
      places.size === 1
        ? `${nameOf(item)} ${joinAnd(mine.map((e) => predicate(e, nameOf)))}${place(first)}`
        : `${nameOf(item)} ${joinAnd(mine.map((e) => `${predicate(e, nameOf)}${place(e)}`))}`,
    );
  }
  return lines.join('; ');
}

/** Narrative events that one sentence tells, with every place any of them is stated. */
export interface SentenceEvents {
  key: string;
  events: NarrativeEvent[];
  sources: SourceSpan[];
}

const spanKey = (s: SourceSpan): string => `${s.article}:${s.start}:${s.end}`;

/**
 * Groups narrative events told by the same sentence (events that share a source), in the order
 * the race gives them, so a sentence that tells a kick, a pass and a fade is one item, not three.
 */
export function eventsBySentence(events: readonly NarrativeEvent[]): SentenceEvents[] {
  const groups: SentenceEvents[] = [];
  const groupOfSpan = new Map<string, SentenceEvents>();
  for (const event of events) {
    const keys = event.sources.map(spanKey);
    let group = keys.map((k) => groupOfSpan.get(k)).find((g) => g !== undefined);
    if (!group) {
      group = { key: keys[0] ?? `event:${event.id}`, events: [], sources: [] };
      groups.push(group);
    }
    group.events.push(event);
    for (const [i, source] of event.sources.entries()) {
      const key = keys[i] ?? spanKey(source);
      if (groupOfSpan.has(key)) continue;
      groupOfSpan.set(key, group);
      group.sources.push(source);
    }
  }
  return groups;
}
