import { useLayoutEffect, useRef } from 'react';
import type { AppStore } from '../../state/store';

/**
 * Calls `effect(t, playing)` with the store's race time after every render and on every change
 * of the time or of playing, outside React's rendering: for a few DOM properties that follow
 * the clock on every frame of a replay (the slider), where re-rendering their component each
 * frame would cost more than writing them.
 */
export function useRaceTimeEffect(store: AppStore, effect: (t: number, playing: boolean) => void): void {
  const ref = useRef(effect);
  useLayoutEffect(() => {
    ref.current = effect;
    const { t, playing } = store.getState();
    effect(t, playing);
  });
  useLayoutEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.t !== previous.t || state.playing !== previous.playing) ref.current(state.t, state.playing);
      }),
    [store],
  );
}
