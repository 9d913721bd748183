import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/data/types';
import { formatRaceTime } from '../../../src/model/rivalry/formatRaceTime';
import { formatIsoDate, formatWhen } from '../../../src/model/rivalry/formatWhen';
import { ordinal } from '../../../src/model/rivalry/ordinal';
import { shortNames } from '../../../src/model/rivalry/shortNames';
import { rivalryDataset } from './rivalryFixture';

describe('formatting', () => {
  it('formatRaceTime(s) writes times as athletics does', () => {
    expect(formatRaceTime(207.65)).toBe('3:27.65');
    expect(formatRaceTime(54.9)).toBe('54.90');
    expect(formatRaceTime(793.66)).toBe('13:13.66');
    expect(formatRaceTime(9.581)).toBe('9.581');
    expect(formatRaceTime(3723.4)).toBe('1:02:03.40');
    expect(formatRaceTime(240)).toBe('4:00.00');
  });

  it('formatWhen(when) writes dates, ranges and unknown dates', () => {
    expect(formatIsoDate(isoDate('2024-08-06'))).toBe('6 Aug 2024');
    const range = { kind: 'range' as const, reason: '', sources: [] };
    expect(formatWhen({ ...range, earliest: isoDate('2024-05-27'), latest: isoDate('2024-07-25') })).toBe(
      'between 27 May and 25 Jul 2024',
    );
    expect(formatWhen({ ...range, earliest: isoDate('2023-12-27'), latest: isoDate('2024-01-05') })).toBe(
      'between 27 Dec 2023 and 5 Jan 2024',
    );
    expect(formatWhen({ ...range, earliest: null, latest: isoDate('2024-07-25') })).toBe(
      'before 25 Jul 2024',
    );
    expect(formatWhen({ ...range, earliest: isoDate('2024-07-25'), latest: null })).toBe('after 25 Jul 2024');
    expect(formatWhen({ kind: 'unknown' })).toBe('date unknown');
  });

  it('ordinal(n) handles 1st, 2nd, 3rd, the teens and 21st', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });

  it('shortNames(athletes) uses surnames, full names where surnames clash', () => {
    const athletes = rivalryDataset().athletes;
    const name = shortNames([...athletes, { id: 'x-kerr', name: 'X Kerr', country: null, mentions: 1 }]);
    expect(name('cole-hocker')).toBe('Hocker');
    expect(name('josh-kerr')).toBe('Josh Kerr');
    expect(name('unknown-id')).toBe('unknown-id');
  });
});
