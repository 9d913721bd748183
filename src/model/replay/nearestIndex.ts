/** The index of the grid point closest to `d` (grid strictly increasing). */
export function nearestIndex(grid: Float64Array, d: number): number {
  let lo = 0;
  let hi = grid.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (grid[mid]! <= d) lo = mid;
    else hi = mid;
  }
  return Math.abs(grid[hi]! - d) < Math.abs(d - grid[lo]!) ? hi : lo;
}
