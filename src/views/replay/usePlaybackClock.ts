import { timer, type Timer } from 'd3-timer';
import { useEffect } from 'react';
import type { AppStore } from '../../state/store';

/**
 * The one clock of the replay: while `playing`, advances the store's race time by the
 * elapsed wall time × speed, frame by frame (d3-timer, on requestAnimationFrame), and pauses
 * at `duration`. A seek made while playing (slider, keys, a link) is followed: the clock
 * carries on from the new moment.
 */
export function usePlaybackClock(store: AppStore, duration: number): void {
  useEffect(() => {
    let clock: Timer | null = null;
    const stop = (): void => {
      clock?.stop();
      clock = null;
    };
    const start = (): void => {
      stop();
      const state = store.getState();
      // Play at the end starts again from the gun, as a video player does.
      let from = state.t >= duration ? 0 : state.t;
      let origin = 0;
      let written = from;
      if (from !== state.t) store.getState().seek(from);
      clock = timer((elapsed) => {
        const current = store.getState();
        if (Math.abs(current.t - written) > 1e-9) {
          from = current.t;
          origin = elapsed;
        }
        const next = from + ((elapsed - origin) / 1000) * current.speed;
        if (next >= duration) {
          stop();
          store.setState({ t: Math.round(duration * 100) / 100, playing: false });
          return;
        }
        current.seek(next);
        written = store.getState().t;
      });
    };
    if (store.getState().playing) start();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.playing && (!previous.playing || state.speed !== previous.speed)) start();
      else if (!state.playing && previous.playing) stop();
    });
    return () => {
      unsubscribe();
      stop();
    };
  }, [store, duration]);
}
