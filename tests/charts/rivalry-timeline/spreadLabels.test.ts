import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../src/charts/rivalry-timeline/spreadLabels';

describe('spreadLabels', () => {
  it('spreadLabels(xs, size) leaves labels that do not overlap where they want to be', () => {
    expect(spreadLabels([10, 50, 100], 20, 0, 200)).toEqual([10, 50, 100]);
  });

  it('spreadLabels(xs, size) lays overlapping labels side by side around their mean', () => {
    expect(spreadLabels([100, 100, 100], 20, 0, 200)).toEqual([80, 100, 120]);
  });

  it('spreadLabels(xs, size) merges clusters that come to overlap, keeping input order', () => {
    const out = spreadLabels([110, 100, 100, 130], 20, 0, 400);
    const sorted = [...out].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k]! - sorted[k - 1]!).toBeGreaterThanOrEqual(20);
    expect(out[1]).toBeLessThan(out[0]!);
  });

  it('spreadLabels(xs, size, min, max) keeps labels within the bounds when they fit', () => {
    expect(spreadLabels([0, 0], 20, 0, 200)).toEqual([10, 30]);
    expect(spreadLabels([200, 200], 20, 0, 200)).toEqual([170, 190]);
  });
});
