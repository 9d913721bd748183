import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTime } from '../../../src/views/common/formatTime';

describe('formatTime', () => {
  it('formatTime(207.65) writes m:ss.hh', () => {
    expect(formatTime(207.65)).toBe('3:27.65');
    expect(formatTime(210.88)).toBe('3:30.88');
  });

  it('formatTime keeps the trailing zero of hundredths', () => {
    expect(formatTime(207.8)).toBe('3:27.80');
    expect(formatTime(60)).toBe('1:00.00');
  });

  it('formatTime writes ss.hh under a minute', () => {
    expect(formatTime(54.9)).toBe('54.90');
    expect(formatTime(9.58)).toBe('9.58');
    expect(formatTime(0)).toBe('0.00');
  });

  it('formatTime shows thousandths only when the value has them', () => {
    expect(formatTime(9.794)).toBe('9.794');
    expect(formatTime(207.651)).toBe('3:27.651');
    expect(formatTime(207.65)).not.toMatch(/\d{3}$/);
  });

  it('formatTime writes h:mm:ss past an hour, hundredths only when present', () => {
    expect(formatTime(2 * 3600 + 60 + 9)).toBe('2:01:09');
    expect(formatTime(3600 + 5.5)).toBe('1:00:05.50');
  });

  it('formatTime survives floating-point noise without showing 59.999', () => {
    expect(formatTime(0.1 + 0.2)).toBe('0.30');
    expect(formatTime(119.99999999)).toBe('2:00.00');
  });

  it('formatTime gives a dash for negative or non-finite values', () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) expect(formatTime(bad)).toBe('—');
  });

  it('formatTime of whole hundredths reads back to the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_599_999 }), (hundredths) => {
        const parts = formatTime(hundredths / 100)
          .split(':')
          .map(Number);
        const total = parts.reduce((sum, part) => sum * 60 + part, 0);
        expect(Math.round(total * 100)).toBe(hundredths);
      }),
    );
  });
});
