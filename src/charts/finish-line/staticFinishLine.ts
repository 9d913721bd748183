/**
 * The parts of the finish-line layout that depend on the replay and the options, not on the time:
 * scale, axis, each row's place, lane, label text and result. Computed once per replay and options
 * and reused by every frame (layoutFinishLine).
 */
import { scaleLinear } from 'd3-scale';
import type { RaceReplay, Trajectory } from '../../model/replay/types';
import { formatGapClock, formatRaceClock } from './formatRaceClock';
import type {
  FinishLineLayout,
  FinishLineOptions,
  FinishLineRange,
  LaneSegment,
  RunnerMark,
} from './layoutFinishLine';
import { textWidth } from './textWidth';

export const HEADER = 40;
const AXIS = 26;
const ROW = 34;
const RESULT_COLUMN = 162;
const FIELD_TRACK = 300;
export const FIELD_LABEL_LINES = 3;
export const round = (n: number): number => Math.round(n * 10) / 10;

/** What a row draws that does not move: its place on the chart, lane, label text and result. */
export interface StaticRow {
  trajectory: Trajectory;
  y: number;
  r: number;
  lane: LaneSegment[];
  label: { text: string; width: number; baseline: number } | null;
  result: RunnerMark['result'];
}

/** The parts of a layout that depend on the replay and the options, not on the time. */
export interface StaticLayout {
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

export function staticLayout(replay: RaceReplay, options: FinishLineOptions): StaticLayout {
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
