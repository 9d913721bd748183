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
  const frame = staticLayout(replay, options);
  const { mode, start, x, plot, finishX } = frame;
  const byId = positionIndex(replay, positions);
  const marks: RunnerMark[] = frame.rows.map((row) => {
    const p = byId(row.trajectory.athleteId);
    const mx = round(x(p.distance));
    return {
      athleteId: row.trajectory.athleteId,
      name: row.trajectory.athlete,
      country: row.trajectory.country,
      x: mx,
      y: row.y,
      r: row.r,
      inView: p.distance >= start,
      basis: p.basis,
      finished: p.finished,
      timeReported: row.trajectory.timeReported,
      label: row.label === null ? null : placeRowLabel(row.label, mx, row.r, plot.left, finishX - 4),
      lane: row.lane,
      covered: clip(row.lane, mx),
      result: p.finished ? row.result : null,
    };
  });
  if (mode === 'field')
    placeFieldLabels(marks, positions, {
      left: plot.left,
      right: plot.right,
      top: HEADER,
      lines: FIELD_LABEL_LINES,
    });

  return {
    width: options.width,
    height: frame.height,
    mode,
    plot,
    finishX,
    axis: frame.axis,
    marks,
    clock: formatRaceClock(t),
    title: frame.title,
  };
}

/** What a row draws that does not move: its place on the chart, lane, label text and result. */
interface StaticRow {
  trajectory: Trajectory;
  y: number;
  r: number;
  lane: LaneSegment[];
  label: { text: string; width: number; baseline: number } | null;
  result: RunnerMark['result'];
}

/** The parts of a layout that depend on the replay and the options, not on the time. */
interface StaticLayout {
  key: string;
  mode: FinishLineLayout['mode'];
  start: number;
  x: (d: number) => number;
  plot: FinishLineLayout['plot'];
  finishX: number;
  height: number;
  axis: FinishLineLayout['axis'];
  title: string;
  rows: StaticRow[];
}

// Layout runs on every frame: what depends on the replay and the options alone is computed once
// (the latest options per replay), so that a frame allocates little besides the marks.
const staticLayouts = new WeakMap<RaceReplay, StaticLayout>();

function staticLayout(replay: RaceReplay, options: FinishLineOptions): StaticLayout {
  const { width, range } = options;
  const key = `${width}|${range}|${options.spoilerFree}|${options.maxRows ?? ''}`;
  const cached = staticLayouts.get(replay);
  if (cached?.key === key) return cached;
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
  const r = mode === 'rows' ? 6 : 3;
  const rows = rowOrder(replay, options.spoilerFree).map((trajectory, row): StaticRow => {
    if (mode === 'field')
      return {
        trajectory,
        y: round(top + r + fieldShare(row) * (FIELD_TRACK - 2 * r)),
        r,
        lane: [],
        label: null,
        result: null,
      };
    const y = round(top + row * ROW + 25);
    return {
      trajectory,
      y,
      r,
      lane: laneOf(trajectory, start, distance, x),
      label: rowLabelText(trajectory, top + row * ROW, left, finishX - 4),
      result: resultOf(trajectory, replay.winnerTime, right + 16, y),
    };
  });
  const layout: StaticLayout = {
    key,
    mode,
    start,
    x,
    plot,
    finishX,
    height: plot.bottom + AXIS,
    axis: axisOf(range, span, distance, start, x),
    title: range === 'race' ? 'Whole race' : `Last ${span} m`,
    rows,
  };
  staticLayouts.set(replay, layout);
  return layout;
}

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

// A row's label: its full name and country, or the surname when the full one would not fit.
function rowLabelText(
  trajectory: Trajectory,
  rowTop: number,
  left: number,
  right: number,
): StaticRow['label'] {
  let text = labelText(trajectory, false);
  if (textWidth(text) > right - left - 8) text = labelText(trajectory, true);
  return { text, width: textWidth(text), baseline: rowTop + 12 };
}

// The label ends at the mark, but stays inside the plot and before the finish line (`right`).
function placeRowLabel(
  label: NonNullable<StaticRow['label']>,
  mx: number,
  r: number,
  left: number,
  right: number,
): LabelBox {
  const { text, width: w, baseline } = label;
  const end = round(Math.min(right, Math.max(mx + r, left + w)));
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

// A runner past the end of its lane has covered all of it: the lane itself, no new array.
function clip(lane: LaneSegment[], to: number): LaneSegment[] {
  if (lane.every((s) => s.x2 <= to)) return lane;
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
