import type { FinishLineLayout } from './layoutFinishLine';

// Attributes are written as React writes them (String(number)) and only when they differ, so a
// runner standing still past the line costs nothing.
function setAttribute(element: Element | null | undefined, name: string, value: number): void {
  const text = String(value);
  if (element != null && element.getAttribute(name) !== text) element.setAttribute(name, text);
}

/**
 * Moves a chart that `FinishLineChart` drew (in rows) to `layout` by writing the attributes
 * that change from frame to frame, without React: the clock's text, each mark's `cx`, each
 * label's `x` and the ends of the lane covered. Only valid when `isMotionOnly(drawn, layout)`
 * holds for the layout the chart was drawn from; a runner whose group does not match is left
 * alone. Playing a race this way costs a handful of attribute writes per frame, where
 * rendering the chart again cost React a diff of every runner.
 */
export function applyFinishLineMotion(svg: SVGSVGElement, layout: FinishLineLayout): void {
  // The clock's text node is React's: change its value, never replace it.
  const clock = svg.querySelector('.race-clock')?.firstChild;
  if (clock != null && clock.nodeValue !== layout.clock) clock.nodeValue = layout.clock;
  const runners = svg.querySelectorAll('g[data-athlete]');
  layout.marks.forEach((mark, i) => {
    const group = runners[i];
    if (group === undefined || group.getAttribute('data-athlete') !== mark.athleteId) return;
    setAttribute(group.querySelector('.runner-mark'), 'cx', mark.x);
    if (mark.label !== null) setAttribute(group.querySelector('.runner-label'), 'x', mark.label.x);
    const covered = group.querySelectorAll('.runner-covered');
    mark.covered.forEach((segment, j) => setAttribute(covered[j], 'x2', segment.x2));
  });
}
