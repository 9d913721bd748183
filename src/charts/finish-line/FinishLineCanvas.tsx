import { useEffect, useRef } from 'react';
import type { FinishLineLayout } from './layoutFinishLine';

const ACCENT = '#0b5a78';

/**
 * The marks of a big field, drawn on a canvas under the chart's SVG: a thousand moving SVG
 * circles cost more per frame than the replay can afford, a canvas redraw does not. The layout
 * is the same; only the drawing differs. Decorative: the SVG and the view's tables carry the
 * meaning.
 */
export function FinishLineCanvas({ layout }: { layout: FinishLineLayout }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { width, height, marks } = layout;

  useEffect(() => {
    const canvas = ref.current;
    // jsdom and some locked-down browsers have no 2D context; the SVG still shows the labels.
    const context = canvas?.getContext?.('2d') ?? null;
    if (canvas === null || context === null) return;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
    if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    for (const solid of [false, true]) {
      context.beginPath();
      for (const mark of marks) {
        if ((mark.basis === 'reported' && mark.timeReported) !== solid) continue;
        context.moveTo(mark.x + mark.r, mark.y);
        context.arc(mark.x, mark.y, mark.r, 0, 2 * Math.PI);
      }
      context.fillStyle = solid ? ACCENT : '#ffffff';
      context.strokeStyle = ACCENT;
      context.lineWidth = 1;
      context.fill();
      context.stroke();
    }
  }, [width, height, marks]);

  return (
    <canvas
      ref={ref}
      className="finish-line-canvas"
      aria-hidden="true"
      width={width}
      height={height}
      style={{ width, height }}
    />
  );
}
