/**
 * The default pacing model: how the replay runs a stretch of race no article describes.
 *
 * An athlete's run is time as a function of distance, `t(d)`, built in three layers:
 *
 * 1. **Start** (Keller's model). From the gun a runner accelerates towards a cruising speed
 *    `v` as `v(t) = v·(1 − e^(−t/τ))`, so `d(t) = v·(t − τ·(1 − e^(−t/τ)))`. After a few τ the
 *    runner has lost τ seconds against one already at speed; `startLoss` is that loss.
 *    τ is about 1.1 s for sprinters (top speed near 50–60 m) and 0.8 s for distance runners.
 * 2. **Race pace with a typical finish.** The speed is even, multiplied near the end by
 *    `1 + finishGain·ramp`: a kick for middle and long distances (a 1500 m speeds up by about
 *    10 % over the last 300 m), a fade for sprints and the 400 m (about 5 % over the last 40 m
 *    of a 100 m, 17 % over the last 250 m of a 400 m). The ramp is a smoothstep over the first
 *    `rampShare` of the finish stretch, so speed changes without jumps.
 * 3. **The field.** Runners do not string out evenly: in races from 800 m to 10,000 m the field
 *    runs together and spreads in the finish. Each runner's default run is the winner's plus
 *    their deficit at the line times a spread curve that grows with the race for the first
 *    `1 − lateSpread` of it and over the finish stretch for the rest (`lateSpread` 0.6 there,
 *    0 for sprints and road races, where gaps grow all the way). A stated split for the leader
 *    moves the field with the leader (see `followLeaderSplits`): a fast first lap is fast for
 *    everyone behind.
 * 4. **Stated facts.** `reconstructRace` bends each curve to pass exactly through the reported
 *    finishing time and every split, and to put athletes in every stated order, by adding a
 *    smooth monotone correction (see `solveTrajectories`). Away from the facts the shape stays
 *    this default: even pace and the event's typical finish, never straight lines between facts.
 *
 * The profile is chosen by distance alone, so it works for any race from 60 m to the marathon.
 */

/** How an event is typically run. All speeds are relative to the athlete's average speed. */
export interface PacingProfile {
  /** Keller's start time constant τ, seconds: how quickly a runner reaches race speed. */
  startTau: number;
  /** Metres before the line where the finishing change of speed begins. */
  finishLength: number;
  /** Relative speed change at the line: +0.10 is a kick 10 % above race pace, −0.05 a fade. */
  finishGain: number;
  /** Share of `finishLength` over which the change builds up (0–1). */
  rampShare: number;
  /** Share of the gap at the line that opens over the finish stretch rather than all race. */
  lateSpread: number;
  /** Highest plausible speed, as a multiple of the athlete's average speed. */
  maxSpeedRatio: number;
  /** Lowest plausible speed once under way, as a multiple of the average speed. */
  minSpeedRatio: number;
  /** Largest plausible change of speed once under way, m/s². */
  maxAcceleration: number;
}

/** Faster than any human has run (Bolt peaked near 12.4 m/s). */
export const MAX_HUMAN_SPEED = 12.5;

interface EventClass {
  upTo: number;
  startTau: number;
  finishLength: number;
  finishGain: number;
  rampShare: number;
  lateSpread: number;
}

// Typical shapes by event, from published split analyses: sprinters fade slightly after
// 60 m; 400 m runners slow markedly in the last 150 m; from 800 m up, races finish with a
// kick that grows with the distance, while road races end with only a short sprint.
const EVENT_CLASSES: readonly EventClass[] = [
  { upTo: 80, startTau: 1.1, finishLength: 10, finishGain: 0, rampShare: 1, lateSpread: 0 },
  { upTo: 150, startTau: 1.1, finishLength: 40, finishGain: -0.05, rampShare: 1, lateSpread: 0 },
  { upTo: 300, startTau: 1.1, finishLength: 90, finishGain: -0.08, rampShare: 1, lateSpread: 0 },
  { upTo: 600, startTau: 1.0, finishLength: 250, finishGain: -0.17, rampShare: 1, lateSpread: 0 },
  { upTo: 1200, startTau: 0.8, finishLength: 200, finishGain: 0.04, rampShare: 0.5, lateSpread: 0.6 },
  { upTo: 2500, startTau: 0.8, finishLength: 300, finishGain: 0.1, rampShare: 0.5, lateSpread: 0.6 },
  { upTo: 12_000, startTau: 0.8, finishLength: 400, finishGain: 0.14, rampShare: 0.5, lateSpread: 0.6 },
  { upTo: Infinity, startTau: 0.8, finishLength: 400, finishGain: 0.05, rampShare: 0.5, lateSpread: 0 },
];

/**
 * The default pacing profile for a race of `distance` metres (see the module comment).
 * The finish stretch never exceeds half the race.
 */
export function defaultPacing(distance: number): PacingProfile {
  const eventClass =
    EVENT_CLASSES.find((c) => distance <= c.upTo) ?? EVENT_CLASSES[EVENT_CLASSES.length - 1]!;
  const kick = Math.max(0, eventClass.finishGain);
  return {
    startTau: eventClass.startTau,
    finishLength: Math.min(eventClass.finishLength, distance / 2),
    finishGain: eventClass.finishGain,
    rampShare: eventClass.rampShare,
    lateSpread: eventClass.lateSpread,
    // Room above the typical kick for a runner who must close a stated gap.
    maxSpeedRatio: 1 + kick + 0.3,
    minSpeedRatio: 0.6,
    maxAcceleration: 4,
  };
}

/** Relative speed (1 = race pace) at `d` metres of a `distance` m race, start aside. */
export function relativeSpeed(d: number, distance: number, profile: PacingProfile): number {
  const from = distance - profile.finishLength;
  if (d <= from || profile.finishLength <= 0) return 1;
  const u = Math.min(1, (d - from) / (profile.finishLength * profile.rampShare));
  const smooth = profile.rampShare >= 1 ? u : u * u * (3 - 2 * u);
  return 1 + profile.finishGain * smooth;
}
