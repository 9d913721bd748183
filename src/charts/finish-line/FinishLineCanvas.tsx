import { useLayoutEffect, useRef } from 'react';
import type { FinishLineLayout } from './layoutFinishLine';

const ACCENT = '#0b5a78';

/** A mark drawn once on a small canvas, then stamped per runner (far cheaper than arcs). */
function sprite(r: number, ratio: number, solid: boolean): HTMLCanvasElement | null {
  const size = Math.ceil((2 * r + 2) * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext?.('2d') ?? null;
  if (context === null) return null;
  context.scale(ratio, ratio);
  context.beginPath();
  context.arc(r + 1, r + 1, r, 0, 2 * Math.PI);
  context.fillStyle = solid ? ACCENT : '#ffffff';
  context.fill();
  context.strokeStyle = ACCENT;
  context.lineWidth = 1;
  context.stroke();
  return canvas;
}

/**
 * The marks of a big field, drawn on a canvas under the chart's SVG: a thousand moving SVG
 * circles cost more per frame than the replay can afford, a canvas redraw does not. The layout
 * is the same; only the drawing differs. Decorative: the SVG and the view's tables carry the
 * meaning.
 */
export function FinishLineCanvas({ layout }: { layout: FinishLineLayout }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const sprites = useRef<{ key: string; solid: HTMLCanvasElement; hollow: HTMLCanvasElement } | null>(null);
  const { width, height, marks } = layout;

  // Drawn in the commit, so the marks move in the same frame as the SVG labels.
  useLayoutEffect(() => {
    const canvas = ref.current;
    // jsdom and some locked-down browsers have no 2D context; the SVG still shows the labels.
    const context = canvas?.getContext?.('2d') ?? null;
    if (canvas === null || context === null) return;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
    if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    const r = marks[0]?.r ?? 3;
    const key = `${r}@${ratio}`;
    if (sprites.current?.key !== key) {
      const solid = sprite(r, ratio, true);
      const hollow = sprite(r, ratio, false);
      sprites.current = solid !== null && hollow !== null ? { key, solid, hollow } : null;
    }
    const stamps = sprites.current;
    if (stamps === null) return;
    const offset = (r + 1) * ratio;
    for (const mark of marks) {
      const image = mark.basis === 'reported' && mark.timeReported ? stamps.solid : stamps.hollow;
      context.drawImage(image, Math.round(mark.x * ratio - offset), Math.round(mark.y * ratio - offset));
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
