import type { NarrativeEvent } from '../types';
import type { OrderFact, SetAside, SplitFact } from './types';

/** The facts of a race narrative the trajectories must honour. */
export interface CollectedFacts {
  splits: SplitFact[];
  orders: OrderFact[];
  setAside: SetAside[];
}

// When two stated orders clash, the one said more precisely stays: a pass names who was
// behind and who ahead around one point; a lead is often stated loosely ("led early").
const PRIORITY = { passAfter: 3, passBefore: 2, lead: 1 } as const;

/**
 * Where an event happens, metres from the start: `at`, else the distance minus `toGo`;
 * null when the text does not place it on the track.
 */
export function positionOf(event: NarrativeEvent, distance: number): number | null {
  if (event.at !== null) return event.at;
  if (event.toGo !== null) return distance - event.toGo;
  return null;
}

/**
 * Reads the splits, passes and leads of a narrative as constraints on trajectories.
 * `index` maps athlete ids to trajectory indices; athletes without a trajectory are left out
 * (there is nothing to draw). `window` (metres) is how far either side of a stated pass the
 * order is taken to hold: behind at `at − window`, ahead from `at + window`.
 *
 * After a pass the passer stays ahead until the next stated event between the two, or to the
 * line when the reported times agree. A lead without `until` holds until someone is stated to
 * pass the leader, to the line for a winner, else only briefly.
 */
export function collectFacts(
  narrative: readonly NarrativeEvent[],
  index: ReadonlyMap<string, number>,
  finishTimes: readonly number[],
  distance: number,
  window: number,
): CollectedFacts {
  const splits: SplitFact[] = [];
  const orders: OrderFact[] = [];
  const setAside: SetAside[] = [];
  const placed: { event: NarrativeEvent; at: number }[] = [];
  for (const event of narrative) {
    if (event.kind !== 'split' && event.kind !== 'pass' && event.kind !== 'lead') continue;
    const at = positionOf(event, distance);
    if (at === null) continue;
    if (!Number.isFinite(at) || at < 0 || at > distance) {
      setAside.push({
        event,
        reason: `it places the moment ${Math.round(at)} m from the start, outside the race`,
      });
      continue;
    }
    placed.push({ event, at });
  }
  placed.sort((a, b) => a.at - b.at);
  const fastest = Math.min(...finishTimes);
  const idOf = (id: string | null): number | undefined => (id === null ? undefined : index.get(id));

  // The next stated moment, after `at`, that puts `rival` ahead of `athlete`.
  const nextChallenge = (athlete: number, rival: number | null, at: number): number | null => {
    for (const { event, at: next } of placed) {
      if (next <= at) continue;
      const subject = idOf(event.athleteId);
      if (subject === undefined || subject === athlete) continue;
      if (rival !== null && subject !== rival) continue;
      const passes = event.kind === 'pass' && event.others.some((o) => idOf(o) === athlete);
      if (passes || event.kind === 'lead') return next;
    }
    return null;
  };

  for (const { event, at } of placed) {
    const subject = idOf(event.athleteId);
    if (event.kind === 'split') {
      if (event.time === null || !(event.time > 0) || at <= 0 || at >= distance) continue;
      splits.push({ athlete: subject ?? null, at, time: event.time, event });
      continue;
    }
    if (subject === undefined) continue;
    if (event.kind === 'pass') {
      const passed = [...new Set(event.others.map(idOf))].filter(
        (o): o is number => o !== undefined && o !== subject,
      );
      const after = Math.min(at + window, distance);
      const clash = passed.find((o) => after >= distance && finishTimes[subject]! > finishTimes[o]!);
      if (clash !== undefined) {
        setAside.push({ event, reason: 'the reported times put the athlete passed ahead at the line' });
        continue;
      }
      for (const other of passed) {
        if (at - window > 0) {
          orders.push({
            ahead: other,
            behind: subject,
            from: at - window,
            to: at - window,
            event,
            priority: PRIORITY.passBefore,
          });
        }
        const challenge = nextChallenge(subject, other, at);
        const agrees = finishTimes[subject]! <= finishTimes[other]!;
        const to = challenge !== null ? Math.max(after, challenge - window) : agrees ? distance : after;
        orders.push({ ahead: subject, behind: other, from: after, to, event, priority: PRIORITY.passAfter });
      }
      continue;
    }
    // A lead: ahead of every other runner over a stretch.
    const from = at > 0 ? at : Math.min(window, distance);
    let to: number;
    if (event.until !== null && event.until >= from) {
      to = Math.min(event.until, distance);
    } else {
      const challenge = nextChallenge(subject, null, at);
      const wins = finishTimes[subject] === fastest;
      to =
        challenge !== null
          ? Math.max(from, challenge - window)
          : wins
            ? distance
            : Math.min(distance, from + 2 * window);
    }
    if (to >= distance && finishTimes[subject]! > fastest) {
      setAside.push({
        event,
        reason: 'it has the athlete leading at the line, but another reported time is faster',
      });
      continue;
    }
    for (let other = 0; other < finishTimes.length; other += 1) {
      if (other === subject) continue;
      orders.push({ ahead: subject, behind: other, from, to, event, priority: PRIORITY.lead });
    }
  }
  return { splits, orders, setAside };
}
