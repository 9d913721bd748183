import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './store';
import type { ReplayRange, Speed } from './url';

/**
 * The replay player: the moment on screen, how fast it moves and what the chart shows.
 * `t` is race time in seconds from the gun (0 = start). The view's clock advances it while
 * `playing`; scrubbing, stepping and links set it directly.
 */
export interface PlaybackSlice {
  /** Race time on screen, seconds since the gun, never negative. */
  t: number;
  speed: Speed;
  playing: boolean;
  /** How much of the race the chart shows: the last 100/200/400 m or the whole race. */
  range: ReplayRange;
  /** Hide results (times, places, the finish table) until the replay reaches the line. */
  spoilerFree: boolean;
  /**
   * Moves to a moment; negative and non-finite values go to the start. Keeps full precision:
   * the clock moves by fractions of a hundredth per frame at slow speeds (the address writes
   * two decimals). Steps of a hundredth round with `normaliseTime`.
   */
  seek: (t: number) => void;
  setSpeed: (speed: Speed) => void;
  play: () => void;
  pause: () => void;
  togglePlaying: () => void;
  /** Back to the gun, paused. */
  restart: () => void;
  setRange: (range: ReplayRange) => void;
  setSpoilerFree: (spoilerFree: boolean) => void;
}

/** Keeps t a finite, non-negative number with the URL's two decimals. */
export function normaliseTime(t: number): number {
  if (!Number.isFinite(t) || t <= 0) return 0;
  return Math.round(t * 100) / 100;
}

/** Creates the playback slice: at the start, paused, 1×, the last 100 m, results shown. */
export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set) => ({
  t: 0,
  speed: 1,
  playing: false,
  // The issue asks for the home straight first: the last 100 m.
  range: 100,
  spoilerFree: false,
  seek: (t) => set({ t: Number.isFinite(t) && t > 0 ? t : 0 }),
  setSpeed: (speed) => set({ speed }),
  play: () => set({ playing: true }),
  pause: () => set({ playing: false }),
  togglePlaying: () => set((state) => ({ playing: !state.playing })),
  restart: () => set({ t: 0, playing: false }),
  setRange: (range) => set({ range }),
  setSpoilerFree: (spoilerFree) => set({ spoilerFree }),
});
