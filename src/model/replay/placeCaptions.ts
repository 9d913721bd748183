import { metres, seconds } from '../../data/types';
import type { NarrativeEvent } from '../types';
import { positionOf } from './collectFacts';
import type { PacingProfile } from './defaultPacing';
import { timeAtDistance } from './timeAtDistance';
import type { Caption } from './types';

/** The trajectories captions are placed on. */
export interface CaptionContext {
  grid: Float64Array;
  times: readonly Float64Array[];
  index: ReadonlyMap<string, number>;
  distance: number;
  profile: PacingProfile;
  winnerTime: number;
}

// Kinds that say where a runner made a move; an unplaced surge borrows their position.
const MOVES: ReadonlySet<NarrativeEvent['kind']> = new Set(['pass', 'kick', 'surge']);

/**
 * Turns narrative events into captions at the moments they describe: a split at its time; an
 * event placed on the track when its athlete (or, for no known athlete, the leader) reaches
 * that distance. An event the text does not place (`placement: 'placed'`) borrows the moment of
 * the same athlete's placed move (a surge described with its pass), else a kick, surge or fade
 * goes where the default pacing starts the finish, a bell to a lap from home, anything else to
 * the gun. Each caption stays up for 4 s of race time or 4 % of the winner's time if longer.
 * Events read from the same sentence share one caption.
 */
export function placeCaptions(narrative: readonly NarrativeEvent[], context: CaptionContext): Caption[] {
  const { grid, times, index, distance, profile, winnerTime } = context;
  const hold = Math.max(4, winnerTime * 0.04);
  const clampAt = (d: number): number => Math.min(distance, Math.max(0, d));
  const timeOf = (athleteId: string | null, at: number): number => {
    const i = athleteId === null ? undefined : index.get(athleteId);
    if (i !== undefined) return timeAtDistance(grid, times[i]!, at);
    return Math.min(...times.map((t) => timeAtDistance(grid, t, at)));
  };
  const placedMove = (event: NarrativeEvent): number | null => {
    for (const other of narrative) {
      if (other === event || other.athleteId !== event.athleteId || !MOVES.has(other.kind)) continue;
      const at = positionOf(other, distance);
      if (at !== null && Number.isFinite(at)) return clampAt(at);
    }
    return null;
  };

  const captions: Caption[] = narrative.map((event) => {
    const stated = positionOf(event, distance);
    let at: number | null = stated !== null && Number.isFinite(stated) ? clampAt(stated) : null;
    let placement: Caption['placement'] = 'stated';
    let time: number;
    if (event.kind === 'split' && event.time !== null && event.time > 0) {
      time = event.time;
    } else {
      if (at === null) {
        placement = 'placed';
        at = event.athleteId !== null ? placedMove(event) : null;
        if (at === null) {
          if (event.kind === 'kick' || event.kind === 'surge' || event.kind === 'fade')
            at = distance - profile.finishLength;
          else if (event.kind === 'bell' && distance >= 800) at = distance - 400;
          else at = 0;
        }
      }
      time = timeOf(event.athleteId, at);
    }
    return {
      id: event.id,
      kind: event.kind,
      athleteId: event.athleteId,
      at: at === null ? null : metres(at),
      time: seconds(time),
      until: seconds(time + hold),
      placement,
      quote: event.quote,
      sources: event.sources,
    };
  });
  const rank = (c: Caption): number => (c.placement === 'stated' ? 0 : 1);
  return onePerQuote(captions).sort(
    (a, b) => a.time - b.time || rank(a) - rank(b) || a.id.localeCompare(b.id),
  );
}

// One sentence often yields several events (a pass, a kick and a fade): its words are shown
// once, at the first moment the text itself places (a placed moment only if none is stated).
function onePerQuote(captions: Caption[]): Caption[] {
  const key = (c: Caption): string =>
    c.sources.length === 0
      ? `quote:${c.quote}`
      : c.sources.map((s) => `${s.article}:${s.start}:${s.end}`).join('|');
  const rank = (c: Caption): number => (c.placement === 'stated' ? 0 : 1);
  const best = new Map<string, Caption>();
  for (const caption of captions) {
    const current = best.get(key(caption));
    if (
      current === undefined ||
      rank(caption) < rank(current) ||
      (rank(caption) === rank(current) && caption.time < current.time)
    ) {
      best.set(key(caption), caption);
    }
  }
  return captions.filter((c) => best.get(key(c)) === c);
}
