/**
 * The app's address: which view, race, moment and athletes are on screen, as a query string.
 * `?view=races|replay|rivalry|compare&race=<raceId>&t=<seconds>&speed=<0.25|0.5|1|2|4>
 *  &range=<100|200|400|race>&athletes=<id,id>&virtual=<raceId~athleteId,...>`
 * Parsing never throws: an unknown or malformed value falls back to its default, so a
 * hand-edited or truncated link still opens the app.
 */

/** The four pages of the app. */
export type View = 'races' | 'replay' | 'rivalry' | 'compare';
/** Replay speeds offered by the player. */
export type Speed = 0.25 | 0.5 | 1 | 2 | 4;
/** How much of the race the replay shows: the last 100/200/400 m or all of it. */
export type ReplayRange = 100 | 200 | 400 | 'race';
/** An athlete's run from one race, drawn as a virtual competitor in another. */
export interface VirtualRunner {
  raceId: string;
  athleteId: string;
}

/** Everything the address bar holds. */
export interface UrlState {
  view: View;
  race: string | null;
  /** Seconds since the start of the replay, two decimals. */
  t: number;
  speed: Speed;
  range: ReplayRange;
  athletes: string[];
  virtual: VirtualRunner[];
}

export const VIEWS: readonly View[] = ['races', 'replay', 'rivalry', 'compare'];
export const SPEEDS: readonly Speed[] = [0.25, 0.5, 1, 2, 4];
export const REPLAY_RANGES: readonly ReplayRange[] = [100, 200, 400, 'race'];

export const DEFAULT_URL_STATE: Readonly<UrlState> = Object.freeze({
  view: 'races',
  race: null,
  t: 0,
  speed: 1,
  // The replay opens on the home straight, where races are decided.
  range: 100,
  athletes: [],
  virtual: [],
});

// Ids are slugs (letters, digits, '-', '_', '.', ':'); spaces, markup, control characters and
// the list separators ',' and '~' never occur in one.
const ID = /^[\p{L}\p{N}_.:-]{1,200}$/u;
// A day is 86,400 s; no race lasts longer, so a bigger t is a typo or an attack on the slider.
const MAX_T = 86_400;
// Bounds how much a pasted link can make the app compare at once.
const MAX_LIST = 12;

const isView = (s: string): s is View => (VIEWS as readonly string[]).includes(s);
const isId = (s: string): boolean => ID.test(s);

function maybeTime(raw: string | null): number {
  if (raw === null || !/^\d{1,6}(?:\.\d+)?$/u.test(raw)) return DEFAULT_URL_STATE.t;
  const t = Number(raw);
  return t <= MAX_T ? Math.round(t * 100) / 100 : DEFAULT_URL_STATE.t;
}

function maybeSpeed(raw: string | null): Speed {
  const speed = SPEEDS.find((s) => String(s) === raw);
  return speed ?? DEFAULT_URL_STATE.speed;
}

function maybeRange(raw: string | null): ReplayRange {
  const range = REPLAY_RANGES.find((r) => String(r) === raw);
  return range ?? DEFAULT_URL_STATE.range;
}

function maybeIds(raw: string | null): string[] {
  if (raw === null) return [];
  const ids = raw.split(',').filter(isId);
  return [...new Set(ids)].slice(0, MAX_LIST);
}

function maybeVirtual(raw: string | null): VirtualRunner[] {
  if (raw === null) return [];
  const seen = new Set<string>();
  const runners: VirtualRunner[] = [];
  for (const pair of raw.split(',')) {
    const [raceId, athleteId, extra] = pair.split('~');
    if (raceId === undefined || athleteId === undefined || extra !== undefined) continue;
    if (!isId(raceId) || !isId(athleteId) || seen.has(pair)) continue;
    seen.add(pair);
    runners.push({ raceId, athleteId });
  }
  return runners.slice(0, MAX_LIST);
}

/** Reads a query string (with or without the leading `?`) into a complete UrlState. */
export function parseUrl(search: string): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_URL_STATE, athletes: [], virtual: [] };
  }
  const view = params.get('view') ?? '';
  const race = params.get('race');
  return {
    view: isView(view) ? view : DEFAULT_URL_STATE.view,
    race: race !== null && isId(race) ? race : null,
    t: maybeTime(params.get('t')),
    speed: maybeSpeed(params.get('speed')),
    range: maybeRange(params.get('range')),
    athletes: maybeIds(params.get('athletes')),
    virtual: maybeVirtual(params.get('virtual')),
  };
}

/**
 * Writes a UrlState as a query string starting with `?`, leaving out values that equal their
 * defaults so links stay short; `parseUrl(serializeUrl(s))` gives `s` back for valid states.
 */
export function serializeUrl(state: UrlState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.race !== null) params.set('race', state.race);
  if (state.t !== DEFAULT_URL_STATE.t) params.set('t', state.t.toFixed(2));
  if (state.speed !== DEFAULT_URL_STATE.speed) params.set('speed', String(state.speed));
  if (state.range !== DEFAULT_URL_STATE.range) params.set('range', String(state.range));
  if (state.athletes.length > 0) params.set('athletes', state.athletes.join(','));
  if (state.virtual.length > 0) {
    params.set('virtual', state.virtual.map((v) => `${v.raceId}~${v.athleteId}`).join(','));
  }
  // URLSearchParams escapes ',' and '~'; ids are slugs, so the lists read better unescaped.
  return `?${params.toString().replaceAll('%2C', ',').replaceAll('%7E', '~')}`;
}
