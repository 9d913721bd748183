import { describe, expect, it } from 'vitest';
import { formatSeconds, parseTime } from '../../src/data/parseTime';

describe('parseTime', () => {
  it('parseTime("3:27.65") reads minutes, seconds and hundredths as 207.65 with precision 2', () => {
    expect(parseTime('3:27.65')).toEqual({ seconds: 207.65, precision: 2, typo: false, ambiguous: false });
  });

  it('parseTime("13:13.66") reads two-digit minutes', () => {
    expect(parseTime('13:13.66')?.seconds).toBe(793.66);
  });

  it('parseTime("9.784") keeps thousandths and reports precision 3', () => {
    expect(parseTime('9.784')).toEqual({ seconds: 9.784, precision: 3, typo: false, ambiguous: false });
  });

  it('parseTime("54.9") reads tenths with precision 1', () => {
    expect(parseTime('54.9')).toEqual({ seconds: 54.9, precision: 1, typo: false, ambiguous: false });
  });

  it('parseTime("1:45,67") reads a decimal comma as a decimal point', () => {
    expect(parseTime('1:45,67')?.seconds).toBe(105.67);
  });

  it('parseTime(" 3:27.65 ") ignores surrounding white space', () => {
    expect(parseTime(' 3:27.65 ')?.seconds).toBe(207.65);
  });

  it('parseTime("1:02:03.4") reads h:mm:ss with a fraction as hours, without ambiguity', () => {
    expect(parseTime('1:02:03.4')).toEqual({ seconds: 3723.4, precision: 1, typo: false, ambiguous: false });
  });

  it('parseTime("3:27:65") reads the typo form as 207.65 and flags it', () => {
    expect(parseTime('3:27:65')).toEqual({ seconds: 207.65, precision: 2, typo: true, ambiguous: false });
  });

  it('parseTime("3:27:65", 42195) is still the typo form: 65 cannot be seconds of an hour reading', () => {
    expect(parseTime('3:27:65', 42195)).toMatchObject({ seconds: 207.65, typo: true });
  });

  it('parseTime("2:06:26", 42195) reads a marathon time as hours and is sure of it', () => {
    expect(parseTime('2:06:26', 42195)).toEqual({
      seconds: 7586,
      precision: 0,
      typo: false,
      ambiguous: false,
    });
  });

  it('parseTime("1:59:30", 800) reads a:bb:cc as a typo\'d m:ss.hh when only that fits the event', () => {
    expect(parseTime('1:59:30', 800)).toEqual({ seconds: 119.3, precision: 2, typo: true, ambiguous: false });
  });

  it('parseTime("2:06:26") without an event reads 1–2 leading as hours and flags it ambiguous', () => {
    expect(parseTime('2:06:26')).toEqual({ seconds: 7586, precision: 0, typo: false, ambiguous: true });
  });

  it('parseTime("0:59:59") without an event never reads a leading 0 as an hour', () => {
    expect(parseTime('0:59:59')).toEqual({ seconds: 59.59, precision: 2, typo: true, ambiguous: true });
  });

  it('parseTime("2:06:26", 1500) stays ambiguous when neither reading fits the event', () => {
    expect(parseTime('2:06:26', 1500)?.ambiguous).toBe(true);
  });

  it('parseTime("29.41", 10000, true) reads minutes and seconds written with a full stop, flagged', () => {
    expect(parseTime('29.41', 10000, true)).toEqual({
      seconds: 1781,
      precision: 0,
      typo: true,
      ambiguous: false,
    });
  });

  it('parseTime("29.41", 10000) without that way of writing, and "9.98", 100, stay seconds', () => {
    expect(parseTime('29.41', 10000)?.seconds).toBe(29.41);
    expect(parseTime('9.98', 100, true)?.seconds).toBe(9.98);
  });

  it('parseTime returns null for seconds past 59, a minute part past 59 and non-times', () => {
    expect(parseTime('3:60.00')).toBeNull();
    expect(parseTime('1:60:00')).toBeNull();
    expect(parseTime('3:27.6a')).toBeNull();
    expect(parseTime('')).toBeNull();
    expect(parseTime('fast')).toBeNull();
    expect(parseTime('3:2')).toBeNull();
  });
});

describe('formatSeconds', () => {
  it('formatSeconds(seconds) writes m:ss.hh, s.hhh and h:mm:ss as race reports do', () => {
    expect(formatSeconds(207.65)).toBe('3:27.65');
    expect(formatSeconds(9.784, 3)).toBe('9.784');
    expect(formatSeconds(7586, 0)).toBe('2:06:26');
    expect(formatSeconds(60.5)).toBe('1:00.50');
  });
});
