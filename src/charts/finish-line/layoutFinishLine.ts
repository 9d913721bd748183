import { scaleLinear } from 'd3-scale';
import type { RaceReplay, RunnerPosition, StretchBasis, Trajectory } from '../../model/replay/types';
import { formatGapClock, formatRaceClock } from './formatRaceClock';
import { placeFieldLabels } from './placeFieldLabels';
import { textWidth } from './textWidth';

/** How much of the race the chart shows: the last 100/200/400 m or all of it. */
export type FinishLineRange = 100 | 200 | 400 | 'race';

export interface FinishLineOptions {
  width: number;
  range: FinishLineRange;
  /** Order rows by name rather than by result, so the layout gives nothing away. */
  spoilerFree: boolean;
  /** Above this many runners the chart draws a field (marks on a canvas, leaders labelled). */
  maxRows?: number;
}

/** A stretch of the lane, in pixels, drawn solid when reported and dashed when reconstructed. */
export interface LaneSegment {
  x1: number;
  x2: number;
  basis: StretchBasis;
}

/** A text label and the box it occupies (for collision checks), in pixels. */
export interface LabelBox {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One runner on the chart. */
export interface RunnerMark {
  athleteId: string;
  name: string;
  country: string | null;
  x: number;
  y: number;
  r: number;
  /** False while the runner is still before the stretch shown (drawn at its left edge). */
  inView: boolean;
  basis: StretchBasis;
  finished: boolean;
  timeReported: boolean;
  label: LabelBox | null;
  /** The runner's whole lane in view, by basis (rows only). */
  lane: LaneSegment[];
  /** The part of the lane already run. */
  covered: LaneSegment[];
  /** Shown once the runner has crossed the line: place, time and gap to the winner. */
  result: { x: number; y: number; place: string; time: string; gap: string } | null;
}

export interface FinishLineLayout {
  width: number;
  height: number;
  mode: 'rows' | 'field';
  plot: { left: number; right: number; top: number; bottom: number };
  finishX: number;
  axis: { x: number; label: string; anchor: 'start' | 'middle' }[];
  marks: RunnerMark[];
  clock: string;
  title: string;
}

const HEADER = 40;
const AXIS = 26;
const ROW = 34;
const RESULT_COLUMN = 162;
const LABEL_FONT = 11;
const FIELD_TRACK = 300;
const FIELD_LABEL_LINES = 3;
const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * Lays out the finish-line chart at race time `t`: the stretch shown (the last 100/200/400 m or
 * the whole race) runs left to right to the finish line. Up to `maxRows` runners get a row each:
 * the name on the row's upper line, ending at the mark, the mark and lane below, the result in a
 * column right of the line once crossed; so marks and labels never collide. Bigger fields are
 * drawn as a field: small marks spread over the track, the five leaders labelled in a band above.
 */
export function layoutFinishLine(
  replay: RaceReplay,
  positions: readonly RunnerPosition[],
  t: number,
  options: FinishLineOptions,
): FinishLineLayout {
  const { width, range } = options;
  const distance = replay.distance;
  const span = range === 'race' ? distance : Math.min(range, distance);
  const start = distance - span;
  // Room past the line for runners to run on and stop (about a second at race speed).
  const overrun = Math.min(14, span * 0.12);
  const mode = replay.trajectories.length <= (options.maxRows ?? 24) ? 'rows' : 'field';
  const left = 12;
  const right = width - RESULT_COLUMN;
  const top = HEADER + (mode === 'field' ? FIELD_LABEL_LINES * 15 : 0);
  const body = mode === 'rows' ? replay.trajectories.length * ROW : FIELD_TRACK;
  const plot = { left, right, top, bottom: top + body };
  const x = scaleLinear()
    .domain([start, distance + overrun])
    .range([left, right])
    .clamp(true);
  const finishX = round(x(distance));

  const order = rowOrder(replay, options.spoilerFree);
  const byId = positionIndex(replay, positions);
  const winner = replay.winnerTime;
  const marks: RunnerMark[] = order.map((trajectory, row) => {
    const p = byId(trajectory.athleteId);
    const r = mode === 'rows' ? 6 : 3;
    const y =
      mode === 'rows'
        ? round(top + row * ROW + 25)
        : round(top + r + fieldShare(row) * (FIELD_TRACK - 2 * r));
    const mx = round(x(p.distance));
    const lane = mode === 'rows' ? laneOf(trajectory, start, distance, x) : [];
    return {
      athleteId: trajectory.athleteId,
      name: trajectory.athlete,
      country: trajectory.country,
      x: mx,
      y,
      r,
      inView: p.distance >= start,
      basis: p.basis,
      finished: p.finished,
      timeReported: trajectory.timeReported,
      label: mode === 'rows' ? rowLabel(trajectory, mx, r, top + row * ROW, left, finishX - 4) : null,
      lane,
      covered: clip(lane, mx),
      result: p.finished && mode === 'rows' ? resultOf(trajectory, winner, right + 16, y) : null,
    };
  });
  if (mode === 'field')
    placeFieldLabels(marks, positions, { left, right, top: HEADER, lines: FIELD_LABEL_LINES });

  return {
    width,
    height: plot.bottom + AXIS,
    mode,
    plot,
    finishX,
    axis: axisOf(range, span, distance, start, x),
    marks,
    clock: formatRaceClock(t),
    title: range === 'race' ? 'Whole race' : `Last ${span} m`,
  };
}

// Layout runs on every frame: what depends on the replay alone is computed once per replay.
const byName = new WeakMap<RaceReplay, Trajectory[]>();
const indexOf = new WeakMap<RaceReplay, Map<string, number>>();

function rowOrder(replay: RaceReplay, spoilerFree: boolean): readonly Trajectory[] {
  if (!spoilerFree) return replay.trajectories;
  let sorted = byName.get(replay);
  if (sorted === undefined) {
    sorted = [...replay.trajectories].sort(
      (a, b) => a.athlete.localeCompare(b.athlete) || a.athleteId.localeCompare(b.athleteId),
    );
    byName.set(replay, sorted);
  }
  return sorted;
}

// Positions usually come in the replay's order (as positionsAt gives them); look them up by id
// through an index built once per replay, checking the id in case they do not.
function positionIndex(
  replay: RaceReplay,
  positions: readonly RunnerPosition[],
): (id: string) => RunnerPosition {
  let index = indexOf.get(replay);
  if (index === undefined) {
    index = new Map(replay.trajectories.map((t, i) => [t.athleteId, i]));
    indexOf.set(replay, index);
  }
  const lookup = index;
  return (id) => {
    const p = positions[lookup.get(id) ?? -1];
    return p !== undefined && p.athleteId === id ? p : positions.find((q) => q.athleteId === id)!;
  };
}

// Spreads runners over the track's width without bunching: the golden-ratio sequence.
function fieldShare(i: number): number {
  return (i * 0.6180339887498949) % 1;
}

function labelText(trajectory: Trajectory, short: boolean): string {
  const name = short ? (trajectory.athlete.split(' ').pop() ?? trajectory.athlete) : trajectory.athlete;
  return trajectory.country === null ? name : `${name} ${trajectory.country}`;
}

// The label ends at the mark, but stays inside the plot and before the finish line (`right`).
function rowLabel(
  trajectory: Trajectory,
  mx: number,
  r: number,
  rowTop: number,
  left: number,
  right: number,
): LabelBox {
  let text = labelText(trajectory, false);
  if (textWidth(text) > right - left - 8) text = labelText(trajectory, true);
  const w = textWidth(text);
  const end = round(Math.min(right, Math.max(mx + r, left + w)));
  const baseline = rowTop + 12;
  return {
    text,
    x: end,
    y: baseline,
    anchor: 'end',
    x0: round(end - w),
    y0: baseline - LABEL_FONT,
    x1: end,
    y1: baseline + 2,
  };
}

function laneOf(
  trajectory: Trajectory,
  start: number,
  distance: number,
  x: (d: number) => number,
): LaneSegment[] {
  return trajectory.stretches
    .filter((s) => s.to > start)
    .map((s) => ({
      x1: round(x(Math.max(s.from, start))),
      x2: round(x(Math.min(s.to, distance))),
      basis: s.basis,
    }))
    .filter((s) => s.x2 > s.x1);
}

function clip(lane: readonly LaneSegment[], to: number): LaneSegment[] {
  return lane.filter((s) => s.x1 < to).map((s) => ({ ...s, x2: Math.min(s.x2, to) }));
}

function resultOf(trajectory: Trajectory, winner: number, x: number, y: number): RunnerMark['result'] {
  const place = trajectory.place === null ? '' : String(trajectory.place);
  if (!trajectory.timeReported) return { x, y, place, time: 'time not reported', gap: '' };
  const gap = trajectory.finishTime - winner;
  return {
    x,
    y,
    place,
    time: formatRaceClock(trajectory.finishTime, 'nearest'),
    gap: gap > 0 ? formatGapClock(gap) : '',
  };
}

function axisOf(
  range: FinishLineRange,
  span: number,
  distance: number,
  start: number,
  x: (d: number) => number,
): FinishLineLayout['axis'] {
  // In a straight, what matters is how far is left; over the whole race, how far they have run.
  const toGo = range !== 'race';
  const ticks = scaleLinear().domain([0, span]).ticks(5);
  return ticks.map((v) => {
    const d = toGo ? distance - v : start + v;
    const label = d === distance ? 'Finish' : toGo ? `${v} m to go` : `${v} m`;
    const at = round(x(d));
    // A label centred on the left edge would be cut off: start it there instead.
    return { x: at, label, anchor: at - textWidth(label, 10) / 2 < 0 ? 'start' : 'middle' };
  });
}
