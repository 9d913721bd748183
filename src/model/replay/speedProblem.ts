import { MAX_HUMAN_SPEED, type PacingProfile } from './defaultPacing';

/**
 * Says what is implausible about a run sampled on `grid` (times in seconds), or null when it
 * is plausible for the event: a speed above `maxSpeedRatio` × the average (or any human), below
 * `minSpeedRatio` × the average once under way, or a change of speed beyond `maxAcceleration`
 * once the start is over. The start (until Keller's runner is at 95 % of race speed) is
 * checked for top speed only.
 */
export function speedProblem(grid: Float64Array, times: Float64Array, profile: PacingProfile): string | null {
  const last = grid.length - 1;
  const distance = grid[last]!;
  const finishTime = times[last]!;
  const average = distance / finishTime;
  const fastest = Math.min(MAX_HUMAN_SPEED, average * profile.maxSpeedRatio);
  const slowest = average * profile.minSpeedRatio;
  const underWay = Math.min(distance / 2, 2 * profile.startTau * average * 1.2);
  let previousSpeed: number | null = null;
  let previousDuration = 0;
  for (let k = 0; k < last; k += 1) {
    const duration = times[k + 1]! - times[k]!;
    if (!(duration > 0)) return `it does not move forward at ${Math.round(grid[k]!)} m`;
    const speed = (grid[k + 1]! - grid[k]!) / duration;
    if (speed > fastest + 1e-9) return `it needs ${speed.toFixed(1)} m/s at ${Math.round(grid[k]!)} m`;
    if (grid[k]! >= underWay) {
      if (speed < slowest - 1e-9)
        return `it needs a slowdown to ${speed.toFixed(1)} m/s at ${Math.round(grid[k]!)} m`;
      if (previousSpeed !== null) {
        const acceleration = (speed - previousSpeed) / ((duration + previousDuration) / 2);
        if (Math.abs(acceleration) > profile.maxAcceleration) {
          return `it needs a change of speed of ${acceleration.toFixed(1)} m/s² at ${Math.round(grid[k]!)} m`;
        }
      }
      previousSpeed = speed;
      previousDuration = duration;
    }
  }
  return null;
}
