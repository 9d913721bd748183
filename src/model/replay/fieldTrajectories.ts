import { baseTrajectory } from './baseTrajectory';
import type { PacingProfile } from './defaultPacing';
import { paceShape } from './paceShape';

/**
 * Every runner's default run (see `defaultPacing`, "The field"): the fastest runner's run,
 * plus each runner's deficit at the line times the spread curve. Exact at the line: each
 * runner's last sample is their finishing time. Times in seconds at each grid distance.
 */
export function fieldTrajectories(
  grid: Float64Array,
  finishTimes: readonly number[],
  profile: PacingProfile,
): Float64Array[] {
  const last = grid.length - 1;
  const distance = grid[last]!;
  const shape = paceShape(grid, distance, profile);
  const reference = Math.min(...finishTimes);
  const lead = baseTrajectory(grid, shape, reference, profile);
  const spread = spreadCurve(grid, shape, distance, profile);
  return finishTimes.map((finishTime) => {
    const times = new Float64Array(grid.length);
    const deficit = finishTime - reference;
    for (let k = 1; k < last; k += 1) times[k] = lead[k]! + deficit * spread[k]!;
    times[last] = finishTime;
    return times;
  });
}

// 0 at the gun, 1 at the line, increasing: part in step with race time, part over the finish.
function spreadCurve(
  grid: Float64Array,
  shape: Float64Array,
  distance: number,
  profile: PacingProfile,
): Float64Array {
  const late = profile.lateSpread;
  const from = distance - profile.finishLength;
  const curve = new Float64Array(grid.length);
  for (let k = 0; k < grid.length; k += 1) {
    const u =
      profile.finishLength > 0 ? Math.min(1, Math.max(0, (grid[k]! - from) / profile.finishLength)) : 1;
    curve[k] = (1 - late) * shape[k]! + late * u * u * (3 - 2 * u);
  }
  return curve;
}
