import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';

/** A time axis in pixels: where a moment goes, the labelled ticks, and the shortened stretches. */
export interface TimeAxis {
  /** Pixel position of a moment, milliseconds since the epoch (UTC). */
  x: (ms: number) => number;
  ticks: { x: number; label: string }[];
  /** Stretches with nothing to draw, each cut down to a narrow break in the axis. */
  breaks: { x: number; width: number }[];
}

const DAY = 86_400_000;
// Margin around each meeting so marks are not cut by a break.
const PAD = 21 * DAY;
// A stretch of nothing longer than this (after padding) is cut out of the axis.
const MIN_GAP = 150 * DAY;
const BREAK_WIDTH = 24;
const MIN_SEGMENT = 72;
const TICK_SPACING = 84;

const year = utcFormat('%Y');
const monthYear = utcFormat('%b %Y');
const dayMonthYear = utcFormat('%-d %b %Y');

function tickLabel(d: Date): string {
  if (d.getUTCDate() !== 1) return dayMonthYear(d);
  return d.getUTCMonth() === 0 ? year(d) : monthYear(d);
}

/**
 * A UTC time axis from `left` to `right` pixels covering `intervals` ([start, end] in ms). Long
 * empty stretches between meetings (years between one championship and the next) are cut down
 * to a break, so meetings weeks apart do not crowd into one spot; each remaining segment gets
 * width by the square root of its length, and at least enough for a label. Linear within a segment.
 */
export function brokenTimeAxis(
  intervals: readonly (readonly [number, number])[],
  left: number,
  right: number,
): TimeAxis {
  const padded = intervals
    .map(([lo, hi]) => [lo - PAD, hi + PAD] as [number, number])
    .sort((p, q) => p[0] - q[0]);
  if (padded.length === 0) padded.push([Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)]);
  const segments: [number, number][] = [];
  for (const [lo, hi] of padded) {
    const last = segments.at(-1);
    if (last && lo - last[1] < MIN_GAP) last[1] = Math.max(last[1], hi);
    else segments.push([lo, hi]);
  }
  const n = segments.length;
  const available = right - left - (n - 1) * BREAK_WIDTH;
  // Width grows with the square root of a segment's length: a year of one vague date should not
  // squeeze a summer of five meetings.
  const weight = ([lo, hi]: [number, number]): number => Math.sqrt(hi - lo);
  const total = segments.reduce((s, seg) => s + weight(seg), 0);
  const spare = Math.max(0, available - n * MIN_SEGMENT);
  const widths = segments.map((seg) =>
    available >= n * MIN_SEGMENT ? MIN_SEGMENT + (spare * weight(seg)) / total : available / n,
  );
  let at = left;
  const scales = segments.map(([lo, hi], i) => {
    const w = widths[i] ?? 0;
    const scale = scaleUtc()
      .domain([new Date(lo), new Date(hi)])
      .range([at, at + w]);
    at += w + BREAK_WIDTH;
    return { lo, hi, w, scale };
  });

  const x = (ms: number): number => {
    const first = scales[0];
    if (!first) return left;
    for (const [i, s] of scales.entries()) {
      if (ms <= s.hi || i === scales.length - 1) {
        if (ms >= s.lo || i === 0) return s.scale(new Date(ms));
        // In a break: proportionally across it.
        const prev = scales[i - 1] ?? s;
        const a = prev.scale(new Date(prev.hi));
        const b = s.scale(new Date(s.lo));
        return a + ((b - a) * (ms - prev.hi)) / (s.lo - prev.hi);
      }
    }
    return right;
  };

  const ticks: TimeAxis['ticks'] = [];
  for (const s of scales) {
    for (const t of s.scale.ticks(Math.max(1, Math.floor(s.w / TICK_SPACING)))) {
      const px = s.scale(t);
      const prev = ticks.at(-1);
      if (prev && px - prev.x < TICK_SPACING * 0.8) continue;
      ticks.push({ x: px, label: tickLabel(t) });
    }
  }
  const breaks = scales.slice(1).map((s) => ({ x: s.scale.range()[0]! - BREAK_WIDTH, width: BREAK_WIDTH }));
  return { x, ticks, breaks };
}
