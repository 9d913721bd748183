import type { RaceReplay, RunnerPosition, StretchBasis } from '../../model/replay/types';
import { formatRaceClock } from './formatRaceClock';
import { placeFieldLabels } from './placeFieldLabels';
import { FIELD_LABEL_LINES, HEADER, round, staticLayout, type StaticRow } from './staticFinishLine';

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

const LABEL_FONT = 11;

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

const indexOf = new WeakMap<RaceReplay, Map<string, number>>();

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

// A runner past the end of its lane has covered all of it: the lane itself, no new array.
function clip(lane: LaneSegment[], to: number): LaneSegment[] {
  if (lane.every((s) => s.x2 <= to)) return lane;
  return lane.filter((s) => s.x1 < to).map((s) => ({ ...s, x2: Math.min(s.x2, to) }));
}
