import type { RaceReplay } from '../../model/replay/types';

// The times at which some caption begins or ends, ascending, once per replay.
const boundaries = new WeakMap<RaceReplay, number[]>();

function boundariesOf(replay: RaceReplay): number[] {
  let found = boundaries.get(replay);
  if (found === undefined) {
    found = [...new Set(replay.captions.flatMap((c) => [c.time, c.until]))].sort((a, b) => a - b);
    boundaries.set(replay, found);
  }
  return found;
}

/**
 * Which stretch between caption boundaries race time `t` falls in: 0 before the first caption
 * begins, then one more at each moment a caption begins or ends. A store selector on it
 * re-renders a component when a caption comes or goes, not on every frame, and allocates
 * nothing (a binary search).
 */
export function captionMoment(replay: RaceReplay, t: number): number {
  const times = boundariesOf(replay);
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where each caption stands in `moment`: reached and past ('p'), current ('c') or to come ('f'). */
export function captionStates(replay: RaceReplay, moment: number): ('p' | 'c' | 'f')[] {
  // Every time within a moment compares alike with every boundary: take its first.
  const t = moment === 0 ? -Infinity : boundariesOf(replay)[moment - 1]!;
  return replay.captions.map((c) => (t >= c.until ? 'p' : t >= c.time ? 'c' : 'f'));
}
