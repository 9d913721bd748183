import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/data/findTimes';

const raws = (text: string): string[] => findTimes(text, 0, text.length).map((t) => t.raw);

describe('findTimes', () => {
  it('findTimes(text, from, to) finds m:ss.hh, ss.hh and h:mm:ss with their offsets', () => {
    const text = 'Kerr ran 3:27.79, Lyles 9.784 and Kipchoge 2:06:26.';
    const times = findTimes(text, 0, text.length);
    expect(times.map((t) => t.raw)).toEqual(['3:27.79', '9.784', '2:06:26']);
    for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('findTimes reads hours and minutes written as words ("three minutes 52.15 seconds")', () => {
    expect(raws('Kipyegon won, clocking three minutes 52.15 seconds.')).toEqual(['3:52.15']);
    expect(raws('Tola won in two hours, five minutes 12 seconds.')).toEqual(['2:05:12']);
    expect(raws('He waited a minute 30 seconds.')).toEqual([]);
  });

  it('findTimes marks a time written with a unit of seconds, without the unit in the span', () => {
    const text = 'She was 0.14 seconds behind and ran 54.9s.';
    expect(
      findTimes(text, 0, text.length).map((t) => [t.raw, t.withSeconds, text.slice(t.start, t.end)]),
    ).toEqual([
      ['0.14', true, '0.14'],
      ['54.9', true, '54.9'],
    ]);
  });

  it('findTimes leaves out clock times ("9:30 pm", "20:15 local time")', () => {
    expect(raws('The final started at 9:30 pm, the heats at 20:15 local time.')).toEqual([]);
  });

  it('findTimes leaves out wind readings ("+0.4", "-1.2") and measurements ("10.5 km", "2.05m")', () => {
    expect(raws('Wind +0.4 in the heat, -1.2 in the final; a 10.5 km loop; she cleared 2.05m.')).toEqual([]);
  });

  it('findTimes reads "30min 43.25sec" as 30:43.25 over the whole phrase', () => {
    const text = 'He won in 30min 43.25sec after a slow start.';
    const [t] = findTimes(text, 0, text.length);
    expect(t).toMatchObject({ raw: '30:43.25', withSeconds: true });
    expect(text.slice(t?.start, t?.end)).toBe('30min 43.25sec');
  });

  it('findTimes reads "2hr 05min 12sec" as 2:05:12 and "3 minutes 27.65 seconds" as 3:27.65', () => {
    expect(raws('Kipchoge ran 2hr 05min 12sec.')).toEqual(['2:05:12']);
    expect(raws('Kerr ran 3 minutes 27.65 seconds.')).toEqual(['3:27.65']);
  });

  it('findTimes searches only between from and to, with offsets into the whole text', () => {
    const text = 'Hocker 3:27.65. Kerr 3:27.79.';
    const from = text.indexOf('Kerr');
    expect(findTimes(text, from, text.length).map((t) => [t.raw, t.start])).toEqual([
      ['3:27.79', text.indexOf('3:27.79')],
    ]);
  });

  it('findTimes does not read parts of longer numbers or dates ("2024-08-06", "1,500")', () => {
    expect(raws('On 2024-08-06, 1,500 fans saw 12,345 metres of running.')).toEqual([]);
  });
});

describe('findTimes (translated wordings)', () => {
  it('findTimes reads "27 minutes and 58 seconds" and "two hours, 5 minutes and 12 seconds"', () => {
    expect(raws('He crossed the finish line in 27 minutes and 58 seconds.')).toEqual(['27:58']);
    expect(raws('She won in two hours, 5 minutes and 12 seconds.')).toEqual(['2:05:12']);
  });
});
