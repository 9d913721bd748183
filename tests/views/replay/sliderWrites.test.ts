import { describe, expect, it } from 'vitest';
import { sliderNeedsWrite, sliderReadout } from '../../../src/views/replay/sliderWrites';

describe('sliderNeedsWrite', () => {
  const duration = 213.88;
  const perPixel = duration / 250;

  it('writes every change while paused, so the value and its text are exact', () => {
    expect(sliderNeedsWrite(100, 100.01, false, perPixel, duration)).toBe(true);
    expect(sliderNeedsWrite(100, 100, false, perPixel, duration)).toBe(false);
  });

  it('while playing, writes only once the thumb has moved a whole pixel', () => {
    expect(sliderNeedsWrite(100, 100.5, true, perPixel, duration)).toBe(false);
    expect(sliderNeedsWrite(100, 100 + perPixel, true, perPixel, duration)).toBe(true);
    expect(sliderNeedsWrite(100, 100 - perPixel, true, perPixel, duration)).toBe(true);
  });

  it('always writes the first value and the ends of the race', () => {
    expect(sliderNeedsWrite(null, 50, true, perPixel, duration)).toBe(true);
    expect(sliderNeedsWrite(213.5, duration, true, perPixel, duration)).toBe(true);
    expect(sliderNeedsWrite(0.2, 0, true, perPixel, duration)).toBe(true);
  });

  it('writes every change when the slider’s width is unknown', () => {
    expect(sliderNeedsWrite(100, 100.01, true, 0, duration)).toBe(true);
  });
});

describe('sliderReadout', () => {
  it('shows hundredths when paused and tenths, rounded down, while playing', () => {
    expect(sliderReadout(205.47, false)).toBe('3:25.47');
    expect(sliderReadout(205.47, true)).toBe('3:25.4');
    expect(sliderReadout(205, true)).toBe('3:25.0');
    expect(sliderReadout(9.79, true)).toBe('9.7');
  });
});
