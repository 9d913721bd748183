/**
 * The time, seconds, at which a trajectory sampled on `grid` reaches `d` metres: linear
 * between samples (constant speed), clamped to the ends.
 */
export function timeAtDistance(grid: Float64Array, times: Float64Array, d: number): number {
  const last = grid.length - 1;
  if (d <= grid[0]!) return times[0]!;
  if (d >= grid[last]!) return times[last]!;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (grid[mid]! <= d) lo = mid;
    else hi = mid;
  }
  const share = (d - grid[lo]!) / (grid[hi]! - grid[lo]!);
  return times[lo]! + share * (times[hi]! - times[lo]!);
}
