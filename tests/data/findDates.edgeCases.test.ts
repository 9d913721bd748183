import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/data/findDates';

const dates = (text: string) => findDates(text, 0, text.length);

describe('findDates edge cases', () => {
  it('findDates reads sentence-initial same-day phrases ("Later that day", "Earlier in the day")', () => {
    expect(dates('Later that day she won the 200m.')).toEqual([
      expect.objectContaining({ type: 'relative', days: 0 }),
    ]);
    expect(dates('Earlier in the day, Kerr won his heat.')).toEqual([
      expect.objectContaining({ type: 'relative', days: 0 }),
    ]);
  });

  it('findDates reads a day-month date followed by a name ("On 6 August Cole Hocker won")', () => {
    expect(dates('On 6 August Cole Hocker won the 1500m.')).toEqual([
      expect.objectContaining({ type: 'absolute', month: 8, day: 6 }),
    ]);
    expect(dates('On 10 August 2024 Kerr won.')).toEqual([
      expect.objectContaining({ type: 'absolute', year: 2024, month: 8, day: 10 }),
    ]);
    expect(dates('On the 10th of August Kerr won.')).toEqual([
      expect.objectContaining({ type: 'absolute', month: 8, day: 10 }),
    ]);
  });

  it('findDates reads no race day from the day a runner withdrew ("withdrew on Friday")', () => {
    expect(dates('Tom Ashworth withdrew on Friday with a calf problem.')).toEqual([]);
    expect(dates('Ashworth, who had pulled out on Friday, watched on Sunday.')).toEqual([
      expect.objectContaining({ type: 'weekday', weekday: 0 }),
    ]);
  });
});
