import { describe, expect, it } from 'vitest';
import { findMeetingDays } from '../../src/data/meetingDays';

const days = (text: string) => findMeetingDays(text, 0, text.length).map((r) => r.days);

describe('findMeetingDays', () => {
  it('reads a range of days with weekdays, day first ("Saturday 17 and Sunday 18 May 2031")', () => {
    expect(days('held at Stanley Park on Saturday 17 and Sunday 18 May 2031, in front of 1,400')).toEqual([
      ['2031-05-17', '2031-05-18'],
    ]);
  });

  it('reads ranges in figures, day first or month first ("17-19 July 2030", "May 16 to 18, 2031")', () => {
    expect(days('The championships ran on 17-19 July 2030.')).toEqual([
      ['2030-07-17', '2030-07-18', '2030-07-19'],
    ]);
    expect(days('from May 16 to 18, 2031')).toEqual([['2031-05-16', '2031-05-17', '2031-05-18']]);
  });

  it('reads no range from a single day or a span of more than ten days', () => {
    expect(days('She won on Sunday 18 May 2031.')).toEqual([]);
    expect(days('The trials ran from 1 to 28 June 2031.')).toEqual([]);
  });
});
