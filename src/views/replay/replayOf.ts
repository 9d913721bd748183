import { reconstructRace } from '../../model/replay/reconstructRace';
import type { RaceReplay } from '../../model/replay/types';
import type { Race } from '../../model/types';

const cache = new WeakMap<Race, RaceReplay | null>();

/**
 * The replay of a race, reconstructed once per race object: the dataset is derived data and
 * a new derivation makes new race objects, so the cache never serves a stale replay.
 */
export function replayOf(race: Race): RaceReplay | null {
  let replay = cache.get(race);
  if (replay === undefined) {
    replay = reconstructRace(race);
    cache.set(race, replay);
  }
  return replay;
}

/** True when the race can be replayed: it has a distance and at least one reported time. */
export function isReplayable(race: Race): boolean {
  return race.distance !== null && race.results.some((r) => r.time !== null && r.status === 'finished');
}
