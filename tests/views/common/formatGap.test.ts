import { describe, expect, it } from 'vitest';
import { formatGap } from '../../../src/views/common/formatGap';

describe('formatGap', () => {
  it('formatGap(0.14) writes a plus sign and hundredths', () => {
    expect(formatGap(0.14)).toBe('+0.14');
  });
  it('formatGap writes minutes for gaps past a minute', () => {
    expect(formatGap(62.31)).toBe('+1:02.31');
  });
  it('formatGap(0) is the winner, written 0.00 with no sign', () => {
    expect(formatGap(0)).toBe('0.00');
  });
  it('formatGap gives a dash for negative or non-finite gaps', () => {
    expect(formatGap(-0.1)).toBe('—');
    expect(formatGap(Number.NaN)).toBe('—');
  });
});
