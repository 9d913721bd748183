import { useEffect } from 'react';
import type { AppStore } from '../../state/store';

// Elements where Space already means something: typing, pressing, ticking, choosing. A range
// input does nothing with Space, so on the race-time slider Space plays, as in a video player.
const OWN_SPACE = new Set(['TEXTAREA', 'SELECT', 'BUTTON', 'A', 'SUMMARY']);

function handlesSpace(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || OWN_SPACE.has(target.tagName)) return true;
  return target instanceof HTMLInputElement && target.type !== 'range';
}

/** Space toggles play anywhere on the page, except where Space already does something. */
export function useSpaceToPlay(store: AppStore, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== ' ' || e.repeat || e.altKey || e.ctrlKey || e.metaKey || handlesSpace(e.target)) return;
      e.preventDefault();
      store.getState().togglePlaying();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, enabled]);
}
