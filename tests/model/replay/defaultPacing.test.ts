import { describe, expect, it } from 'vitest';
import { defaultPacing, relativeSpeed } from '../../../src/model/replay/defaultPacing';
import { distanceGrid } from '../../../src/model/replay/distanceGrid';
import { interpolateMonotone } from '../../../src/model/replay/interpolateMonotone';
import { startLoss } from '../../../src/model/replay/startLoss';

describe('defaultPacing', () => {
  it('defaultPacing(distance) kicks at the end of middle and long distances and fades in sprints', () => {
    expect(defaultPacing(1500).finishGain).toBeGreaterThan(0);
    expect(defaultPacing(10_000).finishGain).toBeGreaterThan(0);
    expect(defaultPacing(100).finishGain).toBeLessThan(0);
    expect(defaultPacing(400).finishGain).toBeLessThan(defaultPacing(200).finishGain);
  });

  it('relativeSpeed(d) is even pace before the finish stretch and changes without jumps', () => {
    for (const distance of [60, 100, 400, 800, 1500, 5000, 42_195]) {
      const profile = defaultPacing(distance);
      expect(relativeSpeed(0, distance, profile)).toBe(1);
      let previous = 1;
      for (let d = 0; d <= distance; d += distance / 2000) {
        const v = relativeSpeed(d, distance, profile);
        expect(Math.abs(v - previous)).toBeLessThan(0.01);
        previous = v;
      }
    }
  });

  it('startLoss(d) grows from 0 towards τ', () => {
    expect(startLoss(0, 10, 1)).toBe(0);
    expect(startLoss(5, 10, 1)).toBeGreaterThan(0);
    expect(startLoss(20, 10, 1)).toBeGreaterThan(startLoss(5, 10, 1));
    expect(startLoss(1000, 10, 1)).toBeCloseTo(1, 6);
  });
});

describe('distanceGrid', () => {
  it('distanceGrid(distance, required) runs from 0 to the distance through every required point', () => {
    const grid = Array.from(distanceGrid(1500, [400, 1470, 1300.5]));
    expect(grid[0]).toBe(0);
    expect(grid[grid.length - 1]).toBe(1500);
    expect(grid).toEqual(expect.arrayContaining([400, 1470, 1300.5]));
    grid.slice(1).forEach((d, i) => expect(d).toBeGreaterThan(grid[i]!));
  });
});

describe('interpolateMonotone', () => {
  it('interpolateMonotone(xs, ys, at) passes through the points without overshooting them', () => {
    const xs = [0, 10, 20, 30];
    const ys = [0, 1, 1, 3];
    const at = Float64Array.from({ length: 301 }, (_, i) => i / 10);
    const out = interpolateMonotone(xs, ys, at);
    expect(out[100]).toBeCloseTo(1, 12);
    expect(out[300]).toBeCloseTo(3, 12);
    for (let i = 100; i <= 200; i += 1) expect(out[i]).toBeCloseTo(1, 12);
    for (let i = 1; i < out.length; i += 1) expect(out[i]!).toBeGreaterThanOrEqual(out[i - 1]! - 1e-12);
  });
});
