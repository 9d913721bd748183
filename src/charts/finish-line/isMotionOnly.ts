import type { FinishLineLayout, LaneSegment, RunnerMark } from './layoutFinishLine';

// Lanes come from a layout's static part, so usually the very same array.
const sameLane = (a: readonly LaneSegment[], b: readonly LaneSegment[]): boolean =>
  a === b ||
  (a.length === b.length &&
    a.every((s, i) => s.x1 === b[i]!.x1 && s.x2 === b[i]!.x2 && s.basis === b[i]!.basis));

// The covered stretch ends at the mark, so its ends move; where each piece starts does not.
const sameCoveredStarts = (a: readonly LaneSegment[], b: readonly LaneSegment[]): boolean =>
  a.length === b.length && a.every((s, i) => s.x1 === b[i]!.x1 && s.basis === b[i]!.basis);

function sameRunner(a: RunnerMark, b: RunnerMark): boolean {
  return (
    a.athleteId === b.athleteId &&
    a.y === b.y &&
    a.r === b.r &&
    a.inView === b.inView &&
    a.basis === b.basis &&
    a.timeReported === b.timeReported &&
    (a.label === null
      ? b.label === null
      : b.label !== null &&
        a.label.text === b.label.text &&
        a.label.y === b.label.y &&
        a.label.anchor === b.label.anchor) &&
    (a.result === null
      ? b.result === null
      : b.result !== null &&
        a.result.x === b.result.x &&
        a.result.y === b.result.y &&
        a.result.place === b.result.place &&
        a.result.time === b.result.time &&
        a.result.gap === b.result.gap) &&
    sameLane(a.lane, b.lane) &&
    sameCoveredStarts(a.covered, b.covered)
  );
}

/**
 * True when `next` draws what `drawn` draws but for what moves on every frame: the clock, each
 * runner's mark and label along the lane, and the end of the lane covered. Then
 * `applyFinishLineMotion` can bring a chart drawn from `drawn` to `next` without rendering it
 * again. Always false for a field: its leaders' labels change places from frame to frame.
 */
export function isMotionOnly(drawn: FinishLineLayout, next: FinishLineLayout): boolean {
  if (drawn.mode !== 'rows' || next.mode !== 'rows') return false;
  return (
    drawn.width === next.width &&
    drawn.height === next.height &&
    drawn.title === next.title &&
    drawn.finishX === next.finishX &&
    drawn.plot.left === next.plot.left &&
    drawn.plot.right === next.plot.right &&
    drawn.plot.top === next.plot.top &&
    drawn.plot.bottom === next.plot.bottom &&
    (drawn.axis === next.axis ||
      (drawn.axis.length === next.axis.length &&
        drawn.axis.every(
          (tick, i) =>
            tick.x === next.axis[i]!.x &&
            tick.label === next.axis[i]!.label &&
            tick.anchor === next.axis[i]!.anchor,
        ))) &&
    drawn.marks.length === next.marks.length &&
    drawn.marks.every((mark, i) => sameRunner(mark, next.marks[i]!))
  );
}
