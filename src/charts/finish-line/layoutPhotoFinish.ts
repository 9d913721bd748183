import { scaleLinear } from 'd3-scale';
import type { RaceReplay } from '../../model/replay/types';
import { formatGapClock, formatRaceClock } from './formatRaceClock';
import { textWidth } from './textWidth';

/** One runner in the photo-finish view. */
export interface PhotoFinishRow {
  athleteId: string;
  name: string;
  place: string;
  time: string;
  /** Seconds behind the winner, as text; empty for a runner without a reported time. */
  gap: string;
  /** Metres behind the winner at the moment the winner crossed, as text ("1.1 m"). */
  metres: string;
  /** Where the runner's mark goes: the line is at `finishX`, metres behind to its left. */
  x: number | null;
  y: number;
}

export interface PhotoFinishLayout {
  width: number;
  height: number;
  finishX: number;
  /** Right edges of the time, gap and metres columns; the strip starts at `left`. */
  columns: { time: number; gap: number; metres: number };
  left: number;
  rows: PhotoFinishRow[];
  /** Runners home but not shown (beyond `maxRows`). */
  more: number;
  axis: { x: number; label: string; anchor: 'middle' | 'end' }[];
}

const ROW = 24;
const TOP = 24;
const NAME_X = 24;

/**
 * The photo finish: every runner's gap to the winner in seconds and in metres. The metres are
 * the gap in seconds times the runner's own speed at the line, which is how far back they were
 * when the winner crossed. Runners without a reported time are listed without a gap. Shows
 * the first `maxRows` runners; the finish table has them all.
 */
export function layoutPhotoFinish(replay: RaceReplay, width: number, maxRows = 12): PhotoFinishLayout {
  const winner = replay.winnerTime;
  const shown = replay.trajectories.slice(0, maxRows);
  const gaps = shown.map((t) => (t.timeReported ? (t.finishTime - winner) * t.finishSpeed : null));
  const widest = Math.max(1, ...gaps.map((g) => g ?? 0));
  const names = shown.map((t) => (t.country === null ? t.athlete : `${t.athlete} ${t.country}`));
  const nameEnd = NAME_X + Math.max(0, ...names.map((n) => textWidth(n, 12)));
  const columns = { time: nameEnd + 62, gap: nameEnd + 112, metres: nameEnd + 160 };
  // The strip keeps at least 80 px; on a narrow screen the columns take what is left.
  const left = Math.min(columns.metres + 12, width - 96);
  const finishX = width - 16;
  const x = scaleLinear().domain([widest, 0]).range([left, finishX]).nice();
  const rows = shown.map((t, i): PhotoFinishRow => {
    const metres = gaps[i] ?? null;
    return {
      athleteId: t.athleteId,
      name: names[i]!,
      place: t.place === null ? '' : String(t.place),
      time: t.timeReported ? formatRaceClock(t.finishTime, 'nearest') : 'time not reported',
      gap: t.timeReported ? formatGapClock(t.finishTime - winner) : '',
      metres: metres === null ? '' : `${metres.toFixed(1)} m`,
      x: metres === null ? null : Math.round(x(metres) * 10) / 10,
      y: TOP + i * ROW + ROW / 2,
    };
  });
  const axis = x.ticks(4).map((m) => {
    const at = Math.round(x(m) * 10) / 10;
    const label = m === 0 ? 'line' : `${m} m`;
    // A label centred on the right edge would be cut off: end it there instead.
    return {
      x: at,
      label,
      anchor: at + textWidth(label, 10) / 2 > width ? ('end' as const) : ('middle' as const),
    };
  });
  return {
    width,
    height: TOP + rows.length * ROW + 24,
    finishX,
    columns,
    left,
    rows,
    more: replay.trajectories.length - shown.length,
    axis,
  };
}
