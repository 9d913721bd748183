import type { AppState, AppStore } from './store';
import { parseUrl, serializeUrl, type UrlState } from './url';

/** The parts of `window` the sync uses; tests pass a fake. */
export interface UrlHost {
  location: { pathname: string; search: string; hash: string };
  history: {
    pushState: (data: unknown, unused: string, url: string) => void;
    replaceState: (data: unknown, unused: string, url: string) => void;
  };
  addEventListener: (type: 'popstate', listener: () => void) => void;
  removeEventListener: (type: 'popstate', listener: () => void) => void;
}

/** The address for a state. */
export function urlStateOf(state: AppState): UrlState {
  return {
    view: state.view,
    race: state.raceId,
    t: state.t,
    speed: state.speed,
    range: state.range,
    athletes: state.athletes,
    virtual: state.virtual,
  };
}

/** Puts an address into the store, in one update. */
export function applyUrlState(store: AppStore, url: UrlState): void {
  // One setState, so subscribers see one change; parseUrl has already normalised every value.
  store.setState({
    view: url.view,
    raceId: url.race,
    t: url.t,
    speed: url.speed,
    range: url.range,
    athletes: url.athletes,
    virtual: url.virtual,
  });
}

// Changing what is on screen makes a history entry (Back returns to it); moving through time
// or changing speed only rewrites the current entry, or playing a race would flood history.
const virtualKey = (u: UrlState): string => u.virtual.map((v) => `${v.raceId}~${v.athleteId}`).join(',');

function isNavigation(a: UrlState, b: UrlState): boolean {
  return (
    a.view !== b.view ||
    a.race !== b.race ||
    a.range !== b.range ||
    a.athletes.join(',') !== b.athletes.join(',') ||
    virtualKey(a) !== virtualKey(b)
  );
}

// Scrubbing changes t on every input event. Browsers limit history calls (Chromium ignores them
// past 200 in 10 s, Safari throws past 100 in 30 s), so time changes reach the address at most
// this often.
const REPLACE_DELAY_MS = 200;

const onlyTimeMoved = (a: AppState, b: AppState): boolean =>
  a.view === b.view &&
  a.raceId === b.raceId &&
  a.speed === b.speed &&
  a.range === b.range &&
  a.athletes === b.athletes &&
  a.virtual === b.virtual;

/**
 * Keeps the store and the address bar in step: reads the address once at start, pushes or
 * replaces history entries when the state changes, and follows Back/Forward (popstate).
 * Navigation is written at once; moving through time is written at most every 200 ms, the
 * latest value last; while a replay plays, its time is written once, when it stops. Returns a
 * function that stops the sync.
 */
export function startUrlSync(store: AppStore, host: UrlHost): () => void {
  let current = parseUrl(host.location.search);
  let applying = false;
  let pending: ReturnType<typeof setTimeout> | null = null;

  const write = (url: UrlState, mode: 'push' | 'replace'): void => {
    const { pathname, hash } = host.location;
    const href = `${pathname}${serializeUrl(url)}${hash}`;
    try {
      if (mode === 'push') host.history.pushState(null, '', href);
      else host.history.replaceState(null, '', href);
    } catch {
      // A refused history call (rate limit, sandboxed frame) leaves the address behind; the app goes on.
    }
  };

  const cancelPending = (): void => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
  };

  const load = (): void => {
    current = parseUrl(host.location.search);
    applying = true;
    try {
      applyUrlState(store, current);
    } finally {
      applying = false;
    }
    // Bad or non-canonical values were dropped by parseUrl; show the address actually in use.
    if (serializeUrl(current) !== host.location.search) write(current, 'replace');
  };

  // Writes the time now, unless the address already says it.
  const flush = (): void => {
    cancelPending();
    if (serializeUrl(current) !== host.location.search) write(current, 'replace');
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (applying) return;
    const stopped = previous.playing && !state.playing;
    // While a replay plays, t changes on every frame and each history call is dear: in Chromium
    // a same-document navigation runs synchronously, then fetches and decodes the favicon again,
    // about 35 ms of main thread under 4× CPU throttling, a long frame each time. So the time of a
    // playing replay reaches the address when it stops (pause, the end), as a video player's does.
    if (state.playing && onlyTimeMoved(state, previous)) {
      current = urlStateOf(state);
      return;
    }
    const next = urlStateOf(state);
    if (serializeUrl(next) === serializeUrl(current)) {
      if (stopped) flush();
      return;
    }
    const navigation = isNavigation(current, next);
    current = next;
    if (navigation) {
      cancelPending();
      write(next, 'push');
    } else if (stopped) {
      flush();
    } else if (pending === null) {
      pending = setTimeout(() => {
        pending = null;
        write(current, 'replace');
      }, REPLACE_DELAY_MS);
    }
  });

  load();
  host.addEventListener('popstate', load);
  return () => {
    cancelPending();
    unsubscribe();
    host.removeEventListener('popstate', load);
  };
}
