import { relativeSpeed, type PacingProfile } from './defaultPacing';

/**
 * The share of race time (start aside) spent reaching each grid distance under the default
 * pacing: 0 at the gun, 1 at the line, increasing. Integrates the pace 1/relativeSpeed with
 * the trapezoid rule on the grid, which is fine where the speed changes (near the line).
 */
export function paceShape(grid: Float64Array, distance: number, profile: PacingProfile): Float64Array {
  const shape = new Float64Array(grid.length);
  let previousPace = 1 / relativeSpeed(0, distance, profile);
  for (let k = 1; k < grid.length; k += 1) {
    const pace = 1 / relativeSpeed(grid[k]!, distance, profile);
    shape[k] = shape[k - 1]! + ((previousPace + pace) / 2) * (grid[k]! - grid[k - 1]!);
    previousPace = pace;
  }
  const total = shape[grid.length - 1]!;
  for (let k = 1; k < grid.length; k += 1) shape[k] = shape[k]! / total;
  return shape;
}
