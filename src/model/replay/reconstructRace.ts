import { metres, seconds, type Issue } from '../../data/types';
import type { NarrativeEvent, Race } from '../types';
import { checkSplits } from './checkSplits';
import { collectFacts, positionOf } from './collectFacts';
import { defaultPacing } from './defaultPacing';
import { distanceGrid } from './distanceGrid';
import { entrantsOf, type Entrant } from './entrantsOf';
import { fieldTrajectories } from './fieldTrajectories';
import { followLeaderSplits } from './followLeaderSplits';
import { markStretches, type PinnedStretch } from './markStretches';
import { nearestIndex } from './nearestIndex';
import { placeCaptions } from './placeCaptions';
import { settleFacts } from './settleFacts';
import type { OrderFact, RaceReplay, SetAside, SplitFact, Trajectory } from './types';

/** "Ahead" at a point no time fixes means this many seconds earlier (15 cm in a 1500 m). */
export const ORDER_MARGIN = 0.02;
/** Runners run on after the line for this long before the replay ends, seconds. */
export const RUN_OUT = 3;

/** How far either side of a stated moment, metres, the fact is taken to pin the run. */
export function factWindow(distance: number): number {
  return Math.min(20, Math.max(2, distance * 0.01));
}

/**
 * Reconstructs a race as one distance–time trajectory per runner (see `defaultPacing` for the
 * model): each crosses the line at exactly the reported time and passes through every stated
 * split; stated passes and leads hold as orders at their distances; elsewhere runs follow the
 * default pacing of the event. Facts that cannot all hold together are set aside, lowest
 * priority first, each with an issue naming it and its sources: nothing is dropped silently.
 * Runners with a place but no time get a time consistent with their place (`timeReported:
 * false`). Returns null when the race has no distance or no reported time.
 */
export function reconstructRace(race: Race): RaceReplay | null {
  const distance = race.distance;
  if (distance === null || !Number.isFinite(distance) || distance <= 0) return null;
  const entrants = dedupe(entrantsOf(race.results));
  if (!entrants.some((e) => e.timeReported)) return null;
  const profile = defaultPacing(distance);
  const window = factWindow(distance);
  const index = new Map(entrants.map((e, i) => [e.result.athleteId, i]));
  const finishTimes = entrants.map((e) => e.finishTime);
  const collected = collectFacts(race.narrative, index, finishTimes, distance, window);
  const setAside: SetAside[] = [...collected.setAside];

  const grid = distanceGrid(distance, [
    ...collected.splits.map((s) => s.at),
    ...collected.orders.flatMap((o) => [o.from, o.to]),
  ]);
  const field = fieldTrajectories(grid, finishTimes, profile);
  const splits = resolveLeaders(collected.splits, collected.orders, grid, field);
  const checked = checkSplits(splits, finishTimes, distance, profile);
  setAside.push(...checked.setAside);
  const leaderOrders = checked.kept
    .filter((s) => s.leader && s.event.athleteId === null)
    .flatMap((s) => leadAt(s, finishTimes.length));
  const settled = settleFacts({
    grid,
    baseFor: (kept) => followLeaderSplits(grid, field, kept, new Set(kept.filter((s) => s.leader))),
    splits: checked.kept,
    orders: [...collected.orders, ...leaderOrders],
    profile,
    margin: ORDER_MARGIN,
    names: entrants.map((e) => e.result.athlete),
  });
  setAside.push(...settled.setAside);
  const { times } = settled;

  const trajectories = entrants.map((entrant, i): Trajectory => {
    const run = times[i]!;
    const last = grid.length - 1;
    return {
      athleteId: entrant.result.athleteId,
      athlete: entrant.result.athlete,
      country: entrant.result.country?.value ?? null,
      place: entrant.result.place?.value ?? null,
      finishTime: seconds(entrant.finishTime),
      timeReported: entrant.timeReported,
      times: run,
      finishSpeed: (grid[last]! - grid[last - 1]!) / (run[last]! - run[last - 1]!),
      stretches: markStretches(
        distance,
        pinnedStretches(i, entrant, settled.splits, settled.orders, distance, window),
      ),
      sources: entrant.sources,
    };
  });
  const winnerTime = Math.min(...entrants.filter((e) => e.timeReported).map((e) => e.finishTime));
  const captions = placeCaptions(race.narrative, { grid, times, index, distance, profile, winnerTime });
  return {
    raceId: race.id,
    distance: metres(distance),
    grid,
    trajectories,
    captions,
    issues: [
      ...issuesOf(race.name, setAside),
      ...settled.implausible.map((message) => issue(race.name, message, [])),
    ],
    winnerTime: seconds(winnerTime),
    duration: seconds(Math.max(...finishTimes) + RUN_OUT),
  };
}

function dedupe(entrants: Entrant[]): Entrant[] {
  const seen = new Set<string>();
  return entrants.filter((e) => {
    if (seen.has(e.result.athleteId)) return false;
    seen.add(e.result.athleteId);
    return true;
  });
}

// A split without an athlete is the leader's: a stated lead there if any, else whoever the
// default pacing has in front.
function resolveLeaders(
  splits: SplitFact[],
  orders: readonly OrderFact[],
  grid: Float64Array,
  base: Float64Array[],
) {
  return splits.map((split) => {
    const lead = orders.find(
      (o) =>
        o.event.kind === 'lead' &&
        o.from <= split.at &&
        split.at <= o.to &&
        (split.athlete ?? o.ahead) === o.ahead,
    );
    if (split.athlete !== null) return { ...split, athlete: split.athlete, leader: lead !== undefined };
    if (lead !== undefined) return { ...split, athlete: lead.ahead, leader: true };
    const k = nearestIndex(grid, split.at);
    let leader = 0;
    base.forEach((b, i) => {
      if (b[k]! < base[leader]![k]!) leader = i;
    });
    return { ...split, athlete: leader, leader: true };
  });
}

function leadAt(split: SplitFact, count: number): OrderFact[] {
  const orders: OrderFact[] = [];
  for (let other = 0; other < count; other += 1) {
    if (other === split.athlete) continue;
    orders.push({
      ahead: split.athlete!,
      behind: other,
      from: split.at,
      to: split.at,
      event: split.event,
      priority: 1,
    });
  }
  return orders;
}

function pinnedStretches(
  i: number,
  entrant: Entrant,
  splits: readonly SplitFact[],
  orders: readonly OrderFact[],
  distance: number,
  window: number,
): PinnedStretch[] {
  const pinned: PinnedStretch[] = [];
  if (entrant.timeReported) {
    pinned.push({
      from: distance - window,
      to: distance,
      fact: 'finish',
      sources: entrant.result.time?.sources ?? [],
    });
  }
  for (const s of splits) {
    if (s.athlete === i)
      pinned.push({ from: s.at - window, to: s.at + window, fact: s.event.id, sources: s.event.sources });
  }
  for (const o of orders) {
    if (o.event.kind === 'lead' && o.ahead === i) {
      pinned.push({ from: o.from, to: o.to, fact: o.event.id, sources: o.event.sources });
    } else if (o.event.kind === 'pass' && (o.ahead === i || o.behind === i)) {
      const at = positionOf(o.event, distance) ?? o.from;
      pinned.push({ from: at - window, to: at + window, fact: o.event.id, sources: o.event.sources });
    }
  }
  return pinned;
}

function issuesOf(raceName: string, setAside: readonly SetAside[]): Issue[] {
  const seen = new Set<NarrativeEvent>();
  return setAside
    .filter((s) => {
      if (seen.has(s.event)) return false;
      seen.add(s.event);
      return true;
    })
    .map((s) => issue(raceName, `Set aside “${s.event.quote}”: ${endSentence(s.reason)}`, s.event.sources));
}

const endSentence = (text: string): string => (/[.!?]”?$/u.test(text) ? text : `${text}.`);

function issue(raceName: string, message: string, sources: Issue['sources']): Issue {
  return { kind: 'reconstruction', message: `${raceName} replay: ${message}`, sources };
}
