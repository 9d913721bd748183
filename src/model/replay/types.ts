import type { Issue, Metres, Seconds, SourceSpan } from '../../data/types';
import type { NarrativeEvent } from '../types';

/**
 * What a stretch of a trajectory rests on: `reported` where an article pins it (a time at the
 * line, a split, a stated pass or lead), `reconstructed` where the default pacing fills in.
 */
export type StretchBasis = 'reported' | 'reconstructed';

/** A stretch of one athlete's race, from `from` to `to` metres from the start. */
export interface Stretch {
  from: Metres;
  to: Metres;
  basis: StretchBasis;
  /** The narrative events (or `finish`) that pin a reported stretch; empty when reconstructed. */
  facts: string[];
  sources: SourceSpan[];
}

/**
 * One athlete's run as distance against time, sampled on the race's distance grid: the athlete
 * reaches `grid[k]` metres at `times[k]` seconds. Between samples the athlete runs at constant
 * speed. `times` is strictly increasing, starts at 0 and ends at `finishTime`.
 */
export interface Trajectory {
  athleteId: string;
  athlete: string;
  country: string | null;
  /** The reported place, or null when no article gives one. */
  place: number | null;
  /** Seconds from the gun to the line: the reported time, or an estimate when none is reported. */
  finishTime: Seconds;
  /** False when the athlete has a place but no time: the whole run is placed, not timed. */
  timeReported: boolean;
  times: Float64Array;
  /** Metres per second over the last grid step, used for gaps in metres at the line. */
  finishSpeed: number;
  /** Cover the race from 0 to the distance, in order, without gaps. */
  stretches: Stretch[];
  /** Sources of the place and time. */
  sources: SourceSpan[];
}

/**
 * A caption from the articles, shown at the moment it describes: when the athlete it is about
 * reaches the distance the text names (`placement: 'stated'`), or, for an event the text does
 * not place on the track, at a moment the model chooses and says so (`placement: 'placed'`).
 */
export interface Caption {
  id: string;
  kind: NarrativeEvent['kind'];
  athleteId: string | null;
  /** Metres from the start where the caption belongs, when known. */
  at: Metres | null;
  /** Race time the caption appears, seconds. */
  time: Seconds;
  /** Race time it disappears, seconds. */
  until: Seconds;
  placement: 'stated' | 'placed';
  quote: string;
  sources: SourceSpan[];
}

/** A race turned into trajectories, ready to animate with `positionsAt`. */
export interface RaceReplay {
  raceId: string;
  distance: Metres;
  /** Distances from the start, metres, strictly increasing from 0 to `distance`. */
  grid: Float64Array;
  /** In finishing order: reported places and times first, then runners placed without a time. */
  trajectories: Trajectory[];
  captions: Caption[];
  /** Facts set aside and other reconstruction problems (`kind: 'reconstruction'`). */
  issues: Issue[];
  /** The winner's time, seconds. */
  winnerTime: Seconds;
  /** When the replay ends: the last runner home plus a moment to see them stop. */
  duration: Seconds;
}

/** Where one runner is at a moment of the replay. */
export interface RunnerPosition {
  athleteId: string;
  /** Metres from the start; past the distance after the line, as runners run on and stop. */
  distance: number;
  /** Metres per second. */
  speed: number;
  finished: boolean;
  basis: StretchBasis;
}

/**
 * A stated time at a distance for one athlete, a hard pin of their trajectory.
 * `athlete` is an index into the replay's trajectories, or null for "the leader".
 */
export interface SplitFact {
  athlete: number | null;
  at: number;
  time: number;
  event: NarrativeEvent;
}

/**
 * A stated order: athlete `ahead` reaches every distance in [from, to] metres before athlete
 * `behind`. Indices into the replay's trajectories. `priority` decides which fact is set
 * aside when facts cannot all hold: the lowest goes first.
 */
export interface OrderFact {
  ahead: number;
  behind: number;
  from: number;
  to: number;
  event: NarrativeEvent;
  priority: number;
}

/** A stated fact the model could not honour, and why. */
export interface SetAside {
  event: NarrativeEvent;
  reason: string;
}
