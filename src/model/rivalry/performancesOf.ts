import type { Metres, Seconds } from '../../data/types';
import type { Fact, Race, Result } from '../types';

/** One timed run of one athlete: the race, the result and its time. */
export interface Performance {
  race: Race;
  result: Result;
  time: Fact<Seconds>;
  /** The event as the articles name it ("1500m"), else the distance, else null. */
  event: string | null;
  distance: Metres | null;
}

/** The event name of a race: as stated, else its distance in metres, else null. */
export function eventOf(race: Race): string | null {
  if (race.event) return race.event.value;
  return race.distance !== null ? `${race.distance}m` : null;
}

/** Every finished, timed run of `athleteId` in `races`, fastest first within an event. */
export function performancesOf(races: readonly Race[], athleteId: string): Performance[] {
  const out: Performance[] = [];
  for (const race of races) {
    for (const result of race.results) {
      if (result.athleteId === athleteId && result.status === 'finished' && result.time) {
        out.push({ race, result, time: result.time, event: eventOf(race), distance: race.distance });
      }
    }
  }
  return out.sort(
    (x, y) =>
      (x.distance ?? Infinity) - (y.distance ?? Infinity) ||
      (x.event ?? '').localeCompare(y.event ?? '', 'en') ||
      x.time.value - y.time.value,
  );
}
