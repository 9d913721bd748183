import type { PacingProfile } from './defaultPacing';
import type { SetAside, SplitFact } from './types';

/** A split with its athlete known; `leader` when the text gave the leader's split. */
export interface ResolvedSplit extends SplitFact {
  athlete: number;
  leader: boolean;
}

/**
 * Keeps the splits a run can honour and sets the others aside with a reason: a split must come
 * before the athlete's finishing time, after any earlier split of theirs, and leave average
 * speeds before and after it within the event's plausible band for an average over a
 * stretch: up to `maxSpeedRatio − 0.15` and down to `minSpeedRatio` × the athlete's average
 * (a fifth lower before the split, which includes the start).
 */
export function checkSplits(
  splits: readonly ResolvedSplit[],
  finishTimes: readonly number[],
  distance: number,
  profile: PacingProfile,
): { kept: ResolvedSplit[]; setAside: SetAside[] } {
  const kept: ResolvedSplit[] = [];
  const setAside: SetAside[] = [];
  const sorted = [...splits].sort((a, b) => a.at - b.at || a.time - b.time);
  for (const split of sorted) {
    const finish = finishTimes[split.athlete]!;
    const average = distance / finish;
    const before = split.at / split.time;
    const after = (distance - split.at) / (finish - split.time);
    const earlier = kept.filter((k) => k.athlete === split.athlete);
    const previous = earlier[earlier.length - 1];
    let reason: string | null = null;
    if (split.time >= finish) reason = 'it is not earlier than the reported finishing time';
    else if (previous !== undefined && (previous.at === split.at || previous.time >= split.time)) {
      reason = 'it disagrees with an earlier split';
    } else if (Math.max(before, after) > average * (profile.maxSpeedRatio - 0.15)) {
      reason = `it needs ${Math.max(before, after).toFixed(1)} m/s on average, too fast for the reported finishing time`;
    } else if (before < average * profile.minSpeedRatio * 0.8 || after < average * profile.minSpeedRatio) {
      reason = `it needs ${Math.min(before, after).toFixed(1)} m/s on average, too slow for the reported finishing time`;
    }
    if (reason === null) kept.push(split);
    else setAside.push({ event: split.event, reason });
  }
  return { kept, setAside };
}
