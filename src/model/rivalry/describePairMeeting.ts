import type { Race } from '../types';
import { formatRaceTime } from './formatRaceTime';
import { formatWhen } from './formatWhen';
import type { PairMeeting } from './headToHead';
import { ordinal } from './ordinal';

/** An athlete's outcome in a race in words: "Okafor 1st 3:40.12", "Lind 2nd", "Lind (dnf)", "Lind". */
export function describeEntrant(race: Race, athleteId: string, name: string): string {
  const result = race.results.find((r) => r.athleteId === athleteId);
  if (!result) return name;
  if (result.status !== 'finished') return `${name} (${result.status})`;
  const parts = [name];
  if (result.place) parts.push(ordinal(result.place.value));
  if (result.time) parts.push(formatRaceTime(result.time.value));
  return parts.join(' ');
}

const BASIS_WORDS = {
  place: 'by place',
  time: 'by time',
  ordering: 'as reported in the text',
  status: 'the other did not finish',
} as const;

/** Who finished ahead in a pair meeting, in words; says so when nobody knows or one was absent. */
export function describeOutcome(pm: PairMeeting, name: (id: string) => string): string {
  const { meeting, order } = pm;
  if (meeting.kind === 'absence') {
    const absent = meeting.absent.map((a) => name(a.athleteId)).join(' and ');
    return `${absent} did not run: no win counted`;
  }
  if (!order) return 'who finished ahead is not reported: no win counted';
  return `${name(order.ahead)} finished ahead of ${name(order.behind)} (${BASIS_WORDS[order.basis]})`;
}

/**
 * A one-line description of a pair meeting, used as the accessible name of its mark:
 * "Riverside Games men's 1500m final, 6 Aug 2030: Okafor 1st 3:40.12, Lind 2nd 3:40.30".
 * Narrative-only meetings and absences say so.
 */
export function describePairMeeting(pm: PairMeeting, name: (id: string) => string): string {
  const { meeting, order } = pm;
  const { race } = meeting;
  const head = `${race.name}, ${formatWhen(meeting.when)}`;
  const runners = order ? [order.ahead, order.behind] : meeting.present;
  const entrants = runners.map((id) => describeEntrant(race, id, name(id))).join(', ');
  if (meeting.kind === 'narrative') {
    const what = order
      ? `${name(order.ahead)} finished ahead of ${name(order.behind)}`
      : `${entrants}; ${describeOutcome(pm, name)}`;
    return `${head}: ${what} (reported in text, no results)`;
  }
  if (meeting.kind === 'absence' || !order || order.basis === 'ordering') {
    return `${head}: ${entrants}; ${describeOutcome(pm, name)}`;
  }
  return `${head}: ${entrants}`;
}

/** The running tally in words: "head-to-head Okafor 2, Lind 1". */
export function describeTally(pm: PairMeeting, a: string, b: string, name: (id: string) => string): string {
  return `head-to-head ${name(a)} ${pm.tally.a}, ${name(b)} ${pm.tally.b}`;
}
