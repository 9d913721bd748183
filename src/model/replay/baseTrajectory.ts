import type { PacingProfile } from './defaultPacing';
import { startLoss } from './startLoss';

/**
 * An athlete's default run (see `defaultPacing`): the time at each grid distance for a runner
 * who finishes in `finishTime` seconds, with Keller's start and the event's typical finish.
 * `shape` is `paceShape(grid, …)`. Exact at both ends: 0 at the gun, `finishTime` at the line.
 */
export function baseTrajectory(
  grid: Float64Array,
  shape: Float64Array,
  finishTime: number,
  profile: PacingProfile,
): Float64Array {
  const last = grid.length - 1;
  const distance = grid[last]!;
  const tau = Math.min(profile.startTau, finishTime / 4);
  const cruise = distance / Math.max(finishTime - tau, finishTime / 2);
  const totalLoss = startLoss(distance, cruise, tau);
  const running = finishTime - totalLoss;
  const times = new Float64Array(grid.length);
  for (let k = 1; k < last; k += 1) {
    times[k] = startLoss(grid[k]!, cruise, tau) + running * shape[k]!;
  }
  times[last] = finishTime;
  return times;
}
