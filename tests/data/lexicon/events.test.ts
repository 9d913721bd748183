import { describe, expect, it } from 'vitest';
import { distanceOfEvent, eventOf, plausibleTimeRange } from '../../../src/data/lexicon/events';

describe('eventOf', () => {
  it('eventOf reads "the steeplechase" with no distance as the 3000m steeplechase', () => {
    expect(eventOf('steeplechase', '', '')).toEqual({ label: '3000m steeplechase', distance: 3000 });
  });

  it('eventOf(distance, unit, suffix) reads track distances in metres with or without commas', () => {
    expect(eventOf('1500', 'm', '')).toEqual({ label: '1500m', distance: 1500 });
    expect(eventOf('1,500', 'metres', '')).toEqual({ label: '1500m', distance: 1500 });
    expect(eventOf('10000', 'm', '')).toEqual({ label: '10000m', distance: 10000 });
  });

  it('eventOf reads named events: mile, two miles, marathon and half marathon', () => {
    expect(eventOf('mile', '', '')).toEqual({ label: 'mile', distance: 1609.344 });
    expect(eventOf('two miles', '', '')).toEqual({ label: '2 miles', distance: 3218.688 });
    expect(eventOf('marathon', '', '')).toEqual({ label: 'marathon', distance: 42195 });
    expect(eventOf('half-marathon', '', '')).toEqual({ label: 'half marathon', distance: 21097.5 });
  });

  it('eventOf reads a road race over whole miles written "10-mile" or "ten-mile"', () => {
    expect(eventOf('10-mile', '', '')).toEqual({ label: '10 miles', distance: 16093.44 });
    expect(eventOf('ten-mile', '', '')).toEqual({ label: '10 miles', distance: 16093.44 });
    expect(distanceOfEvent('10 miles')).toBe(16093.44);
  });

  it('eventOf reads steeplechase, hurdles and walks from the suffix', () => {
    expect(eventOf('3000', 'm', 'steeplechase')).toEqual({ label: '3000m steeplechase', distance: 3000 });
    expect(eventOf('110', 'm', 'hurdles')).toEqual({ label: '110m hurdles', distance: 110 });
    expect(eventOf('20', 'km', 'walk')).toEqual({ label: '20km walk', distance: 20000 });
    expect(eventOf('10,000', 'm', 'race walk')).toEqual({ label: '10000m walk', distance: 10000 });
  });

  it('eventOf reads distances in km as road or cross-country races, and a track distance under 5 km as the track event', () => {
    expect(eventOf('10', 'km', '')).toEqual({ label: '10km', distance: 10000 });
    expect(eventOf('3', 'k', '')).toEqual({ label: '3000m', distance: 3000 });
    expect(eventOf('4', 'km', '')).toEqual({ label: '4km', distance: 4000 });
  });

  it('eventOf returns null for distances that are not events and for non-numbers', () => {
    expect(eventOf('1234', 'm', '')).toBeNull();
    expect(eventOf('0', 'm', '')).toBeNull();
    expect(eventOf('abc', '', '')).toBeNull();
  });
});

describe('distanceOfEvent', () => {
  it('distanceOfEvent(label) is the distance in metres of a label eventOf produces', () => {
    expect(distanceOfEvent('1500m')).toBe(1500);
    expect(distanceOfEvent('10km')).toBe(10000);
    expect(distanceOfEvent('3000m steeplechase')).toBe(3000);
    expect(distanceOfEvent('mile')).toBe(1609.344);
    expect(distanceOfEvent('marathon')).toBe(42195);
    expect(distanceOfEvent('nonsense')).toBeNull();
  });
});

describe('plausibleTimeRange', () => {
  it('plausibleTimeRange(distance) holds the world records and typical winning times of each event', () => {
    const within = (distance: number, seconds: number): boolean => {
      const [lo, hi] = plausibleTimeRange(distance);
      return seconds >= lo && seconds <= hi;
    };
    expect(within(100, 9.58)).toBe(true);
    expect(within(400, 43.03)).toBe(true);
    expect(within(800, 100.91)).toBe(true);
    expect(within(1500, 206.0)).toBe(true);
    expect(within(5000, 755.36)).toBe(true);
    expect(within(10000, 1571.0)).toBe(true);
    expect(within(42195, 7235)).toBe(true);
  });

  it('plausibleTimeRange(distance) leaves out a 1500m time for the 100m and a marathon time for the 1500m', () => {
    const [lo100, hi100] = plausibleTimeRange(100);
    expect(207.65 < lo100 || 207.65 > hi100).toBe(true);
    const [lo1500, hi1500] = plausibleTimeRange(1500);
    expect(7586 > hi1500).toBe(true);
    expect(9.79 < lo1500).toBe(true);
  });

  it('plausibleTimeRange(distance) is a range from faster to slower, growing with the distance', () => {
    let previous = 0;
    for (const d of [100, 200, 400, 800, 1500, 5000, 10000, 21097.5, 42195]) {
      const [lo, hi] = plausibleTimeRange(d);
      expect(lo).toBeLessThan(hi);
      expect(lo).toBeGreaterThan(previous);
      previous = lo;
    }
  });
});
