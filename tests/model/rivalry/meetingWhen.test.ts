import { describe, expect, it } from 'vitest';
import { isoDateToUtc, meetingWhen, whenSortKey } from '../../../src/model/rivalry/meetingWhen';
import { isoDate } from '../../../src/data/types';
import { budapest, date, dateRange, grandSlam, paris, race, tokyo } from './rivalryFixture';

describe('meetingWhen', () => {
  it('meetingWhen(race) is the date when the race has one', () => {
    expect(meetingWhen(paris)).toMatchObject({ kind: 'date', date: '2024-08-06' });
  });

  it('meetingWhen(race) is a range with its reason when the date is known only approximately', () => {
    expect(meetingWhen(grandSlam)).toMatchObject({
      kind: 'range',
      earliest: '2024-05-27',
      latest: '2024-07-25',
      reason: 'less than two months before the Paris Games',
    });
  });

  it('meetingWhen(race) keeps an open side of a range', () => {
    const r = race('r', { dateRange: dateRange(null, '2024-07-25', 'before the Games') });
    expect(meetingWhen(r)).toMatchObject({ kind: 'range', earliest: null, latest: '2024-07-25' });
    expect(whenSortKey(meetingWhen(r))).toBe('2024-07-25');
  });

  it('meetingWhen(race) treats a one-day range as a date', () => {
    const r = race('r', { dateRange: dateRange('2024-07-25', '2024-07-25', 'the day before') });
    expect(meetingWhen(r)).toMatchObject({ kind: 'date', date: '2024-07-25' });
  });

  it('meetingWhen(race) falls back on the whole year of the competition', () => {
    expect(meetingWhen(tokyo)).toMatchObject({
      kind: 'range',
      earliest: '2021-01-01',
      latest: '2021-12-31',
      reason: 'only the year of the competition is known',
    });
  });

  it('meetingWhen(race) is unknown without a date, a range or a competition year', () => {
    expect(meetingWhen(race('r'))).toEqual({ kind: 'unknown' });
    expect(whenSortKey({ kind: 'unknown' })).toBeNull();
  });

  it('meetingWhen(race) prefers a date over a range', () => {
    expect(meetingWhen({ ...budapest, date: date('2023-08-22') })).toMatchObject({
      kind: 'date',
      date: '2023-08-22',
    });
  });

  it('isoDateToUtc(date) is UTC midnight', () => {
    expect(new Date(isoDateToUtc(isoDate('2024-08-06'))).toISOString()).toBe('2024-08-06T00:00:00.000Z');
  });
});
