import { formatTime } from '../common/formatTime';

/**
 * Whether the race-time slider must be written at `t`. Paused, always, so its value and its
 * text for screen readers are exact. While a replay plays, only once the thumb has moved a
 * whole pixel (`secondsPerPixel`, 0 when the width is unknown) or reached an end: writing a
 * range input's value makes the browser restyle, lay out and repaint it, and on most frames
 * of a replay the thumb would not visibly move.
 */
export function sliderNeedsWrite(
  written: number | null,
  t: number,
  playing: boolean,
  secondsPerPixel: number,
  duration: number,
): boolean {
  if (written === null || !playing || t <= 0 || t >= duration) return written !== t;
  return Math.abs(t - written) >= secondsPerPixel - 1e-9;
}

/**
 * The read-out beside the slider: the race time to the hundredth when paused, to the tenth
 * while playing (the chart's clock shows the hundredths), so that it changes every few frames
 * rather than on each one.
 */
export function sliderReadout(t: number, playing: boolean): string {
  if (!playing) return formatTime(t);
  const tenths = Math.floor(t * 10 + 1e-6) / 10;
  return formatTime(tenths).replace(/(\.\d)0$/, '$1');
}
