import { describe, expect, it } from 'vitest';
import { normaliseTime } from '../../src/state/playbackSlice';
import { createAppStore } from '../../src/state/store';

const store = () =>
  createAppStore([], { derive: () => ({ races: [], athletes: [], remarks: [], conflicts: [], issues: [] }) });

describe('playbackSlice', () => {
  it('starts at the gun, paused, at 1×, on the last 100 m, with results shown', () => {
    expect(store().getState()).toMatchObject({
      t: 0,
      playing: false,
      speed: 1,
      range: 100,
      spoilerFree: false,
    });
  });

  it('seek(t) keeps full precision and sends negative or non-finite times to the start', () => {
    const s = store();
    s.getState().seek(12.3456);
    expect(s.getState().t).toBe(12.3456);
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      s.getState().seek(bad);
      expect(s.getState().t).toBe(0);
    }
  });

  it('togglePlaying, play and pause switch playing; restart goes to the gun, paused', () => {
    const s = store();
    s.getState().togglePlaying();
    expect(s.getState().playing).toBe(true);
    s.getState().pause();
    expect(s.getState().playing).toBe(false);
    s.getState().seek(100);
    s.getState().play();
    s.getState().restart();
    expect(s.getState()).toMatchObject({ t: 0, playing: false });
  });

  it('normaliseTime(t) rounds to the hundredth, never below zero', () => {
    expect(normaliseTime(207.64 + 0.01)).toBe(207.65);
    expect(normaliseTime(-3)).toBe(0);
  });
});
