import { interpolateMonotone } from './interpolateMonotone';
import { nearestIndex } from './nearestIndex';
import type { ResolvedSplit } from './checkSplits';

/**
 * Moves the field with its leader (see `defaultPacing`, "The field"): for each split the
 * leader is stated or taken to hold, every other runner's default run is shifted by as much
 * as the split moves the leader's, easing back to zero at the gun and at the line. Applies to
 * races from 800 m up, where the field runs as a pack; returns new arrays.
 */
export function followLeaderSplits(
  grid: Float64Array,
  base: readonly Float64Array[],
  splits: readonly ResolvedSplit[],
  leaders: ReadonlySet<ResolvedSplit>,
): Float64Array[] {
  const last = grid.length - 1;
  const distance = grid[last]!;
  const pack = splits
    .filter((s) => leaders.has(s))
    .map((s) => ({
      at: s.at,
      shift: s.time - base[s.athlete]![nearestIndex(grid, s.at)]!,
      leader: s.athlete,
    }))
    .sort((a, b) => a.at - b.at);
  if (distance < 800 || pack.length === 0) return base.map((b) => b.slice());
  const xs = [0, ...pack.map((p) => p.at), distance];
  const ys = [0, ...pack.map((p) => p.shift), 0];
  const shift = interpolateMonotone(xs, ys, grid);
  const leaderIds = new Set(pack.map((p) => p.leader));
  return base.map((b, i) => {
    if (leaderIds.has(i)) return b.slice();
    const moved = new Float64Array(grid.length);
    for (let k = 0; k < grid.length; k += 1) moved[k] = b[k]! + shift[k]!;
    moved[0] = 0;
    moved[last] = b[last]!;
    return moved;
  });
}
