import { describe, expect, it } from 'vitest';
import { brokenTimeAxis } from '../../../src/charts/rivalry-timeline/brokenTimeAxis';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

describe('brokenTimeAxis', () => {
  it('brokenTimeAxis(intervals) is one linear segment when meetings are close together', () => {
    const axis = brokenTimeAxis(
      [
        [day('2024-07-12'), day('2024-07-12')],
        [day('2024-08-06'), day('2024-08-22')],
      ],
      100,
      500,
    );
    expect(axis.breaks).toEqual([]);
    const a = axis.x(day('2024-07-12'));
    const b = axis.x(day('2024-08-06'));
    const c = axis.x(day('2024-08-22'));
    expect((c - b) / (b - a)).toBeCloseTo(16 / 25, 5);
  });

  it('brokenTimeAxis(intervals) cuts a long empty stretch down to a break', () => {
    const axis = brokenTimeAxis(
      [
        [day('2021-08-05'), day('2021-08-05')],
        [day('2024-08-06'), day('2024-08-22')],
      ],
      100,
      500,
    );
    expect(axis.breaks).toHaveLength(1);
    const gap = axis.breaks[0]!;
    expect(axis.x(day('2021-08-05'))).toBeLessThan(gap.x);
    expect(axis.x(day('2024-08-06'))).toBeGreaterThan(gap.x + gap.width);
    // Without the break, sixteen days in 2024 would be under 6 px of 400.
    expect(axis.x(day('2024-08-22')) - axis.x(day('2024-08-06'))).toBeGreaterThan(20);
  });

  it('brokenTimeAxis(intervals) keeps time order and stays within its pixels', () => {
    const axis = brokenTimeAxis(
      [
        [day('2021-01-01'), day('2021-12-31')],
        [day('2023-08-19'), day('2023-08-27')],
        [day('2024-05-27'), day('2024-08-22')],
      ],
      100,
      700,
    );
    const xs = [
      '2021-01-01',
      '2021-12-31',
      '2022-06-01',
      '2023-08-19',
      '2024-01-01',
      '2024-05-27',
      '2024-08-22',
    ].map((d) => axis.x(day(d)));
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...xs)).toBeLessThanOrEqual(700);
  });

  it('brokenTimeAxis(intervals) labels ticks with their year, and does not crowd them', () => {
    const axis = brokenTimeAxis(
      [
        [day('2021-01-01'), day('2021-12-31')],
        [day('2024-07-12'), day('2024-08-22')],
      ],
      100,
      700,
    );
    expect(axis.ticks.map((t) => t.label)).toContain('2021');
    expect(axis.ticks.some((t) => /2024$/.test(t.label))).toBe(true);
    for (let i = 1; i < axis.ticks.length; i++)
      expect(axis.ticks[i]!.x - axis.ticks[i - 1]!.x).toBeGreaterThan(60);
  });

  it('brokenTimeAxis([]) still gives an axis', () => {
    expect(brokenTimeAxis([], 0, 300).ticks.length).toBeGreaterThan(0);
  });
});
