import type { RunnerPosition } from '../../model/replay/types';
import type { LabelBox, RunnerMark } from './layoutFinishLine';
import { textWidth } from './textWidth';

const LEADERS = 5;
const LINE = 15;
const GAP = 6;

/**
 * Labels the leaders of a big field in a band above the track (`positions[i]` is where
 * `marks[i]` is): each label ends at its mark's x
 * (kept inside the plot), on the first line of the band where it overlaps no label already
 * placed; a leader with no room on any line stays unlabelled rather than collide.
 * Sets `label` on the chosen marks.
 */
export function placeFieldLabels(
  marks: RunnerMark[],
  positions: readonly RunnerPosition[],
  band: { left: number; right: number; top: number; lines: number },
): void {
  // The leaders by a single pass (a field can be thousands strong; no need to sort it).
  const leaders: { mark: RunnerMark; distance: number }[] = [];
  marks.forEach((mark, i) => {
    const distance = positions[i]?.distance ?? 0;
    if (leaders.length === LEADERS && distance <= leaders[LEADERS - 1]!.distance) return;
    leaders.push({ mark, distance });
    leaders.sort((a, b) => b.distance - a.distance);
    if (leaders.length > LEADERS) leaders.pop();
  });
  const placed: LabelBox[][] = Array.from({ length: band.lines }, () => []);
  for (const { mark } of leaders) {
    const text = mark.country === null ? mark.name : `${mark.name} ${mark.country}`;
    const w = textWidth(text);
    const end = Math.min(band.right, Math.max(mark.x, band.left + w));
    for (let line = 0; line < band.lines; line += 1) {
      const baseline = band.top + (line + 1) * LINE - 3;
      const box: LabelBox = {
        text,
        x: end,
        y: baseline,
        anchor: 'end',
        x0: end - w,
        y0: baseline - 11,
        x1: end,
        y1: baseline + 2,
      };
      if (placed[line]!.some((o) => box.x0 < o.x1 + GAP && o.x0 < box.x1 + GAP)) continue;
      placed[line]!.push(box);
      mark.label = box;
      break;
    }
  }
}
