import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/data/types';
import { formatDate } from '../../../src/views/common/formatDate';
import { formatDateRange } from '../../../src/views/common/formatDateRange';

const range = (earliest: string | null, latest: string | null) => ({
  earliest: earliest === null ? null : isoDate(earliest),
  latest: latest === null ? null : isoDate(latest),
});

describe('formatDate', () => {
  it('formatDate("2024-08-06") writes 6 Aug 2024', () => {
    expect(formatDate('2024-08-06')).toBe('6 Aug 2024');
  });
  it('formatDate returns text that is not a date unchanged', () => {
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatDateRange', () => {
  it('formatDateRange writes a window within a year as about May–Jul 2024', () => {
    expect(formatDateRange(range('2024-05-03', '2024-07-30'))).toBe('about May–Jul 2024');
  });
  it('formatDateRange writes a window within a month once', () => {
    expect(formatDateRange(range('2024-07-01', '2024-07-20'))).toBe('about Jul 2024');
  });
  it('formatDateRange writes both years for a window across new year', () => {
    expect(formatDateRange(range('2023-12-01', '2024-01-20'))).toBe('about Dec 2023–Jan 2024');
  });
  it('formatDateRange writes a one-sided window as after/before a day', () => {
    expect(formatDateRange(range('2024-07-12', null))).toBe('after 12 Jul 2024');
    expect(formatDateRange(range(null, '2024-08-06'))).toBe('before 6 Aug 2024');
  });
  it('formatDateRange says the date is unknown with no bounds', () => {
    expect(formatDateRange(range(null, null))).toBe('date unknown');
    expect(formatDateRange(null)).toBe('date unknown');
  });
});
