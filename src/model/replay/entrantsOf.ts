import type { SourceSpan } from '../../data/types';
import type { Result } from '../types';

/** A runner the replay draws: a result with a time, or with a place to estimate one from. */
export interface Entrant {
  result: Result;
  /** Seconds: the reported time, or an estimate between the neighbouring places' times. */
  finishTime: number;
  timeReported: boolean;
  sources: SourceSpan[];
}

// Without two timed neighbours, an untimed place is put this share of the winner's time per
// place behind (or ahead of) the nearest timed one: about 0.5 s a place in a 1500 m.
const SPACING_SHARE = 0.0025;

/**
 * The runners of a race the replay can draw, in finishing order: every finisher with a time,
 * and every finisher with a place but no time, given a time consistent with the places around
 * it (interpolated between the nearest timed places, else spaced from the nearest one) and
 * marked `timeReported: false`, as is a time worked out from a stated gap. Results with neither,
 * and DNF/DNS/DQ, are left out: a place no article mentions stays empty.
 */
export function entrantsOf(results: readonly Result[]): Entrant[] {
  const finishers = results.filter((r) => r.status === 'finished');
  const timed = finishers
    .filter((r) => r.time !== null && Number.isFinite(r.time.value) && r.time.value > 0)
    .map((r) => ({ place: r.place?.value ?? null, time: r.time!.value as number }));
  if (timed.length === 0) return [];
  const winner = Math.min(...timed.map((t) => t.time));
  const placedTimes = timed
    .filter((t): t is { place: number; time: number } => t.place !== null)
    .sort((a, b) => a.place - b.place);
  const spacing = (() => {
    const first = placedTimes[0];
    const lastTimed = placedTimes[placedTimes.length - 1];
    if (first !== undefined && lastTimed !== undefined && lastTimed.place > first.place) {
      return Math.max(0.01, (lastTimed.time - first.time) / (lastTimed.place - first.place));
    }
    return winner * SPACING_SHARE;
  })();

  const estimate = (place: number): number => {
    const above = [...placedTimes].reverse().find((t) => t.place < place);
    const below = placedTimes.find((t) => t.place > place);
    if (above !== undefined && below !== undefined) {
      return above.time + ((below.time - above.time) * (place - above.place)) / (below.place - above.place);
    }
    if (above !== undefined) return above.time + (place - above.place) * spacing;
    if (below !== undefined) return Math.max(winner * 0.5, below.time - (below.place - place) * spacing);
    return winner + (place - 1) * spacing;
  };

  const entrants: Entrant[] = [];
  for (const result of finishers) {
    const time = result.time?.value;
    if (time !== undefined && Number.isFinite(time) && time > 0) {
      // A time worked out from a stated gap ("nine seconds back") is placed, but drawn as worked out.
      const timeReported = result.time?.basis !== 'derived';
      entrants.push({ result, finishTime: time, timeReported, sources: result.sources });
    } else if (result.place !== null && result.place.value > 0) {
      entrants.push({
        result,
        finishTime: estimate(result.place.value),
        timeReported: false,
        sources: result.sources,
      });
    }
  }
  // Finishing order: by time, a reported place breaking ties (a photo finish at the same time).
  return entrants.sort(
    (a, b) =>
      a.finishTime - b.finishTime ||
      (a.result.place?.value ?? Infinity) - (b.result.place?.value ?? Infinity) ||
      a.result.athleteId.localeCompare(b.result.athleteId),
  );
}
