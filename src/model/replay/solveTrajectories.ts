import { interpolateMonotone } from './interpolateMonotone';
import { nearestIndex } from './nearestIndex';
import type { OrderFact } from './types';

/** What the solver works from. Indices of `base` and `hardPins` are athletes. */
export interface SolveInput {
  grid: Float64Array;
  /** Each athlete's default run (see `fieldTrajectories`): seconds at each grid point. */
  base: readonly Float64Array[];
  /** Times that must hold exactly, by grid index: stated splits (the gun and line always do). */
  hardPins: readonly ReadonlyMap<number, number>[];
  orders: readonly OrderFact[];
  /** How much earlier, seconds, "ahead" means at a point no hard pin fixes. */
  margin: number;
}

/** Trajectories, and the stated orders they could not be made to honour. */
export interface SolveResult {
  times: Float64Array[];
  violated: OrderFact[];
}

const ROUNDS = 300;
const TOLERANCE = 1e-9;
// A correction of Δ seconds spreads over at least this many metres per second of Δ per m/s of
// speed, so it changes a runner's speed by about 2 % at most.
const SPREAD_PER_SECOND = 50;

interface Span {
  fact: OrderFact;
  k0: number;
  k1: number;
}

/**
 * Bends each athlete's default run to honour the stated orders, keeping the gun, the line and
 * every split exact.
 *
 * First the run is made to pass through its hard pins (a monotone cubic correction). Then,
 * round after round, every stretch where a stated order fails gets a correction at its worst
 * point: the two athletes meet `margin` apart around their midpoint (a hard-pinned athlete
 * does not move). A correction is a smooth bump (raised cosine) centred on that point, as wide
 * as its size needs for a small change of speed and never reaching past a hard pin. Orders
 * still failing after the last round are returned for the caller to set aside.
 */
export function solveTrajectories(input: SolveInput): SolveResult {
  const { grid, base, hardPins, margin } = input;
  const last = grid.length - 1;
  const distance = grid[last]!;
  const spans: Span[] = input.orders.map((fact) => {
    const k0 = Math.max(1, nearestIndex(grid, fact.from));
    return { fact, k0, k1: Math.max(k0, nearestIndex(grid, fact.to)) };
  });
  spans.sort((a, b) => b.fact.priority - a.fact.priority || a.k0 - b.k0);
  const times = base.map((b, i) => throughPins(grid, b, hardPins[i]!));
  const fixed = hardPins.map((pins) => [0, ...[...pins.keys()].sort((a, b) => a - b), last]);
  const isFixed = (athlete: number, k: number): boolean => k === last || hardPins[athlete]!.has(k);
  const needed = (span: Span, k: number): number =>
    isFixed(span.fact.ahead, k) && isFixed(span.fact.behind, k) ? 0 : margin;
  const minSpread = Math.max(2, distance / 30);

  // The stretch a correction of an athlete at k may use: up to their nearest hard pins.
  const room = (athlete: number, k: number): [number, number] => {
    let left = 0;
    let right = last;
    for (const p of fixed[athlete]!) {
      if (p < k) left = p;
      else if (p > k) {
        right = p;
        break;
      }
    }
    return [left, right];
  };
  // Too close to one of their splits to move without an implausible jolt: the other runner
  // moves instead. (The gun and the line pin everyone alike, so they do not count here.)
  const pinnedNear = (athlete: number, k: number): boolean => {
    if (isFixed(athlete, k)) return true;
    for (const p of hardPins[athlete]!.keys()) if (Math.abs(grid[p]! - grid[k]!) < minSpread / 2) return true;
    return false;
  };

  const bump = (athlete: number, k: number, delta: number): void => {
    const t = times[athlete]!;
    const speed = distance / t[last]!;
    const width = Math.min(distance / 3, Math.max(minSpread, SPREAD_PER_SECOND * Math.abs(delta) * speed));
    const [left, right] = room(athlete, k);
    const from = Math.max(grid[left]!, grid[k]! - width);
    const to = Math.min(grid[right]!, grid[k]! + width);
    for (let j = left + 1; j < right; j += 1) {
      const d = grid[j]!;
      if (d <= from || d >= to) continue;
      const u = d <= grid[k]! ? (grid[k]! - d) / (grid[k]! - from) : (d - grid[k]!) / (to - grid[k]!);
      t[j] = t[j]! + (delta * (1 + Math.cos(Math.PI * Math.min(1, u)))) / 2;
    }
  };

  for (let round = 0; round < ROUNDS; round += 1) {
    let moved = false;
    for (const span of spans) {
      for (const k of worstPoints(span, times, needed)) {
        const { ahead, behind } = span.fact;
        const m = needed(span, k);
        const by = times[ahead]![k]! + m - times[behind]![k]!;
        if (by <= TOLERANCE) continue;
        let aFixed = pinnedNear(ahead, k);
        let bFixed = pinnedNear(behind, k);
        if (aFixed && bFixed) {
          aFixed = isFixed(ahead, k);
          bFixed = isFixed(behind, k);
          if (aFixed && bFixed) continue;
        }
        // Overshoot a little so neighbouring corrections do not undo this one by a hair.
        const push = by + m / 2;
        moved = true;
        if (aFixed) bump(behind, k, push);
        else if (bFixed) bump(ahead, k, -push);
        else {
          bump(ahead, k, -push / 2);
          bump(behind, k, push / 2);
        }
      }
    }
    if (!moved) break;
  }
  const violated = spans.filter((s) => worstPoints(s, times, needed).length > 0).map((s) => s.fact);
  return { times, violated };
}

// The worst point of each run of violated points along a span.
function worstPoints(
  span: Span,
  times: readonly Float64Array[],
  needed: (span: Span, k: number) => number,
): number[] {
  const ahead = times[span.fact.ahead]!;
  const behind = times[span.fact.behind]!;
  const worst: number[] = [];
  let runWorst = -1;
  let runBy = 0;
  for (let k = span.k0; k <= span.k1 + 1; k += 1) {
    const by = k <= span.k1 ? ahead[k]! + needed(span, k) - behind[k]! : 0;
    if (by > TOLERANCE) {
      if (runWorst < 0 || by > runBy) {
        runWorst = k;
        runBy = by;
      }
    } else if (runWorst >= 0) {
      worst.push(runWorst);
      runWorst = -1;
    }
  }
  return worst;
}

/** The default run plus a monotone cubic correction through the hard pins, exact at both ends. */
function throughPins(
  grid: Float64Array,
  base: Float64Array,
  pins: ReadonlyMap<number, number>,
): Float64Array {
  const last = grid.length - 1;
  const ks = [0, ...[...pins.keys()].filter((k) => k > 0 && k < last).sort((a, b) => a - b), last];
  const xs = ks.map((k) => grid[k]!);
  const ys = ks.map((k) => (k === 0 ? 0 : k === last ? 0 : pins.get(k)! - base[k]!));
  const delta = interpolateMonotone(xs, ys, grid);
  const times = new Float64Array(grid.length);
  for (let k = 0; k < grid.length; k += 1) times[k] = base[k]! + delta[k]!;
  times[0] = 0;
  times[last] = base[last]!;
  for (const k of ks.slice(1, -1)) times[k] = pins.get(k)!;
  return times;
}
