import type { ResolvedSplit } from './checkSplits';
import type { PacingProfile } from './defaultPacing';
import { nearestIndex } from './nearestIndex';
import { solveTrajectories } from './solveTrajectories';
import { speedProblem } from './speedProblem';
import type { OrderFact, SetAside } from './types';

/** What `settleFacts` works from. */
export interface SettleInput {
  grid: Float64Array;
  /** Default runs for a set of kept splits (the field follows the leader's splits). */
  baseFor: (splits: readonly ResolvedSplit[]) => Float64Array[];
  splits: readonly ResolvedSplit[];
  orders: readonly OrderFact[];
  profile: PacingProfile;
  margin: number;
  names: readonly string[];
}

/** Trajectories with the facts they honour, and the facts set aside. */
export interface Settled {
  times: Float64Array[];
  splits: ResolvedSplit[];
  orders: OrderFact[];
  setAside: SetAside[];
  /** Runs still implausible with no stated fact to blame: the reported times themselves. */
  implausible: string[];
}

const CLASH = 'it cannot hold together with the reported times and the other stated facts';

/**
 * Solves the trajectories, and while a stated order fails or a run is implausible, sets aside
 * one fact and solves again: the lowest-priority of the failing orders and the orders stating
 * the opposite about the same runners nearby, else for an implausible
 * run the lowest-priority order involving that runner, else that runner's split. Ends when
 * everything kept holds; every fact set aside comes with its reason.
 */
export function settleFacts(input: SettleInput): Settled {
  const { grid, profile, names } = input;
  let splits = [...input.splits];
  let orders = [...input.orders];
  const setAside: SetAside[] = [];
  const implausible: string[] = [];
  const rounds = orders.length + splits.length + 1;
  let times: Float64Array[] = [];
  for (let round = 0; round <= rounds; round += 1) {
    const hardPins = names.map(() => new Map<number, number>());
    for (const s of splits) hardPins[s.athlete]!.set(nearestIndex(grid, s.at), s.time);
    const solved = solveTrajectories({
      grid,
      base: input.baseFor(splits),
      hardPins,
      orders,
      margin: input.margin,
    });
    times = solved.times;
    if (solved.violated.length > 0) {
      const candidates = withOpponents(solved.violated, orders, grid[grid.length - 1]! / 30);
      const culprit = lowest(candidates).event;
      const other = candidates.filter((c) => c.event !== culprit).sort((a, b) => b.priority - a.priority)[0];
      setAside.push({
        event: culprit,
        reason: other === undefined ? CLASH : `it contradicts “${other.event.quote}”`,
      });
      orders = orders.filter((o) => o.event !== culprit);
      continue;
    }
    implausible.length = 0;
    let culprit: SetAside | null = null;
    for (let i = 0; i < times.length && culprit === null; i += 1) {
      const problem = speedProblem(grid, times[i]!, profile);
      if (problem === null) continue;
      const involved = orders.filter((o) => o.ahead === i || o.behind === i);
      const split = splits.find((s) => s.athlete === i);
      const reason = `with it, ${names[i]}'s run is implausible: ${problem}`;
      if (involved.length > 0) culprit = { event: lowest(involved).event, reason };
      else if (split !== undefined) culprit = { event: split.event, reason };
      else implausible.push(`${names[i]}'s reconstructed run is implausible: ${problem}`);
    }
    if (culprit === null) break;
    const dropped = culprit.event;
    setAside.push(culprit);
    orders = orders.filter((o) => o.event !== dropped);
    splits = splits.filter((s) => s.event !== dropped);
  }
  return { times, splits, orders, setAside, implausible };
}

// A failing order and the orders that say the opposite about the same two runners nearby:
// the one to set aside is the least precise among them, not necessarily the one that failed.
function withOpponents(
  violated: readonly OrderFact[],
  orders: readonly OrderFact[],
  near: number,
): OrderFact[] {
  const opponents = orders.filter((o) =>
    violated.some(
      (v) => o.ahead === v.behind && o.behind === v.ahead && o.from <= v.to + near && o.to >= v.from - near,
    ),
  );
  return [...violated, ...opponents];
}

// Set aside first: the least precise kind of fact, then the least corroborated, then the
// one stated latest in the race.
function lowest(facts: readonly OrderFact[]): OrderFact {
  return [...facts].sort(
    (a, b) => a.priority - b.priority || a.event.sources.length - b.event.sources.length || b.from - a.from,
  )[0]!;
}
