import { RUN_OUT } from './reconstructRace';
import type { RaceReplay, RunnerPosition, Stretch, StretchBasis, Trajectory } from './types';

// After the line a runner eases to a stop: speed decays with this time constant, seconds, so
// they come to rest a few metres past it, as in a photo-finish frame.
const STOP_TAU = RUN_OUT / 3;

/**
 * Where every runner is at race time `t` seconds, in the replay's finishing order. Pure and
 * cheap (a binary search per runner over its samples), so animation is a function of time.
 * Before the gun runners stand at 0; after the line they run on and slow to a stop.
 */
export function positionsAt(replay: RaceReplay, t: number): RunnerPosition[] {
  return replay.trajectories.map((trajectory) => positionOf(replay, trajectory, t));
}

/** Where one runner is at race time `t` seconds (see `positionsAt`). */
export function positionOf(replay: RaceReplay, trajectory: Trajectory, t: number): RunnerPosition {
  const { grid, distance } = replay;
  const { times, athleteId } = trajectory;
  const last = times.length - 1;
  if (!(t > 0))
    return { athleteId, distance: 0, speed: 0, finished: false, basis: basisAt(trajectory.stretches, 0) };
  if (t >= times[last]!) {
    const since = t - times[last]!;
    const decay = Math.exp(-since / STOP_TAU);
    return {
      athleteId,
      distance: distance + trajectory.finishSpeed * STOP_TAU * (1 - decay),
      speed: trajectory.finishSpeed * decay,
      finished: true,
      basis: basisAt(trajectory.stretches, distance),
    };
  }
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid;
    else hi = mid;
  }
  const duration = times[hi]! - times[lo]!;
  const speed = (grid[hi]! - grid[lo]!) / duration;
  const d = grid[lo]! + (t - times[lo]!) * speed;
  return { athleteId, distance: d, speed, finished: false, basis: basisAt(trajectory.stretches, d) };
}

function basisAt(stretches: readonly Stretch[], d: number): StretchBasis {
  for (const s of stretches) if (d >= s.from && d <= s.to) return s.basis;
  return 'reconstructed';
}
