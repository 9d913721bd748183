import { useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { AppStore } from '../../state/store';

interface Frames<L> {
  subscribe: (notify: () => void) => () => void;
  getSnapshot: () => L;
  committed: (rendered: L) => void;
}

function createFrames<L>(
  store: AppStore,
  layoutAt: (t: number) => L,
  isMotionOnly: (drawn: L, next: L) => boolean,
  move: { current: (layout: L) => void },
): Frames<L> {
  let drawn = layoutAt(store.getState().t);
  let rendered: L | null = null;
  let latest = drawn;
  const update = (notify: () => void): void => {
    latest = layoutAt(store.getState().t);
    if (!isMotionOnly(drawn, latest)) {
      drawn = latest;
      notify();
    } else if (rendered === drawn) {
      move.current(latest);
    }
  };
  return {
    subscribe: (notify) => {
      // The time may have moved between the render and this subscription.
      update(notify);
      return store.subscribe((state, previous) => {
        if (state.t !== previous.t) update(notify);
      });
    },
    getSnapshot: () => drawn,
    committed: (layout) => {
      rendered = layout;
      move.current(isMotionOnly(layout, latest) ? latest : layout);
    },
  };
}

/**
 * The layout to render for a chart that moves on every frame of a replay, re-rendered by React
 * only when the drawing changes. Each change of the store's race time lays the chart out
 * again (`layoutAt`); when `isMotionOnly(drawn, next)`, `move(next)` writes the new positions
 * straight to the nodes React rendered and React does nothing; otherwise the component
 * re-renders with `next`, synchronously like any store update. Why: re-rendering the whole
 * chart on every frame was most of a frame's script under CPU throttling.
 * `layoutAt` and `isMotionOnly` should be stable (memoised); `move` may change freely.
 */
export function useMovingLayout<L>(
  store: AppStore,
  layoutAt: (t: number) => L,
  isMotionOnly: (drawn: L, next: L) => boolean,
  move: (layout: L) => void,
): L {
  const moveRef = useRef(move);
  useLayoutEffect(() => {
    moveRef.current = move;
  });
  const frames = useMemo(
    () => createFrames(store, layoutAt, isMotionOnly, moveRef),
    [store, layoutAt, isMotionOnly],
  );
  const layout = useSyncExternalStore(frames.subscribe, frames.getSnapshot);
  // React remembers the attributes it rendered, not those `move` wrote since: after every
  // commit, write the motion of the latest layout again.
  useLayoutEffect(() => frames.committed(layout));
  return layout;
}
