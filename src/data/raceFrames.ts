import type { RaceFrame } from './articleFacts';
import type { RaceMention } from './findRaceMentions';
import type { SourceSpan } from './types';
import { EDITIONS, findEdition } from './lexicon/competitions';
import { distanceOfEvent } from './lexicon/events';

/** A race descriptor built from the mentions of one phrase ("the 1500m at Lausanne"). */
export interface Descriptor {
  kind: RaceFrame['kind'];
  city: string | null;
  year: number | null;
  meetName: string | null;
  event: string | null;
  sex: 'men' | 'women' | 'mixed' | null;
  round: 'final' | 'semi-final' | 'heat' | 'qualifying' | null;
  placeOnly: boolean;
  sexOnly: boolean;
  heat: number | null;
  temporal: 'before' | 'after' | null;
  start: number;
  end: number;
  /** Names the first round as such ("her first-round heat"), so no later round. */
  firstRound?: boolean;
  /** Names an age group's race ("the U20 men's 6km race"), not the senior one. */
  ageGroup?: boolean;
  /** Told as history with a year before the report's own ("sixth at the 2035 World Championships"). */
  beforeReport?: boolean;
}

const TITLE_EVENT = /^,\s+(?:taking|winning|claiming)\s+the\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}+\s+)?$/u;
const AGE_GROUP_BEFORE = /\b(?:U\d{2}|under[- ]?\d{2}|junior|youth|masters|intermediate|minor)\s+$/i;

/** Joins mentions that stand together ("men's 1500m final at the Paris 2024 Olympics") into descriptors. */
export function describe(mentions: readonly RaceMention[], text: string): Descriptor[] {
  const out: Descriptor[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    // "Monday's heats": heats told in the plural are the first round.
    const firstRound =
      m.firstRound || (m.round === 'heat' && m.heat == null && /\bheats$/i.test(text.slice(m.start, m.end)));
    const gap = last ? text.slice(last.end, m.start) : '';
    // ("won his first national senior title, taking the Irish indoor 800m crown": the title's event.)
    const joined =
      last &&
      m.start - last.end <= 30 &&
      (/^[\s,]*(?:[-–—|]\s+)?(?:(?:at|in|of|during|on)\s+)?(?:the\s+)?(?:[\w']+\s+){0,2}$/i.test(gap) ||
        (!!last.kind && !last.event && !m.kind && TITLE_EVENT.test(gap))) &&
      !m.temporal &&
      // ("Men - 60m - Final": a results page's heading, its parts set off by dashes, is one race.)
      // "finished the men's race, with the women's race …": two races, not one.
      !(last.sex && m.sex && last.sex !== m.sex) &&
      // "16 days after the final in Beijing": a city after a race told as before or after is its city.
      (!last.temporal || m.placeOnly);
    let year = m.year;
    let kind = m.kind;
    if (kind === null && m.city && year !== null) {
      const edition = EDITIONS.find(
        (e) => e.city === m.city && (e.year === year || e.label === String(year)),
      );
      if (edition) kind = edition.kind;
      else year = null;
    }
    if (
      joined &&
      last &&
      compatible(last, { kind, city: m.city, year, event: m.event?.label ?? null, round: m.round })
    ) {
      last.kind = last.kind ?? kind;
      last.city = last.city ?? m.city;
      last.year = last.year ?? year;
      last.meetName = last.meetName ?? m.meetName;
      last.event = last.event ?? m.event?.label ?? null;
      last.sex = last.sex ?? m.sex;
      last.round = last.round ?? m.round;
      last.heat = last.heat ?? m.heat ?? null;
      if (firstRound) last.firstRound = true;
      last.placeOnly = last.placeOnly && m.placeOnly;
      last.sexOnly = last.sexOnly && Boolean(m.sexOnly);
      last.end = m.end;
      continue;
    }
    out.push({
      kind,
      city: m.city,
      year,
      meetName: m.meetName,
      event: m.event?.label ?? null,
      sex: m.sex,
      round: m.round,
      placeOnly: m.placeOnly,
      sexOnly: Boolean(m.sexOnly),
      heat: m.heat ?? null,
      ...(firstRound ? { firstRound: true } : {}),
      ...(AGE_GROUP_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) ? { ageGroup: true } : {}),
      temporal: m.temporal,
      start: m.start,
      end: m.end,
    });
  }
  return out;
}

interface Comparable {
  kind: RaceFrame['kind'];
  city: string | null;
  year: number | null;
  event: string | null;
  round: string | null;
}

// "MEN'S 20KM" heading a race walking bulletin's "men's 20km race walk": one race, the walk.
const isWalkOf = (walk: string, distance: string): boolean => walk === `${distance} walk`;

function compatible(a: Partial<Comparable>, b: Partial<Comparable>): boolean {
  if (a.kind && b.kind && a.kind !== b.kind) return false;
  if (a.city && b.city && a.city.toLowerCase() !== b.city.toLowerCase()) return false;
  if (a.year && b.year && a.year !== b.year && !sameEdition(a.kind ?? b.kind ?? null, a.year, b.year))
    return false;
  if (a.event && b.event && a.event !== b.event && !isWalkOf(a.event, b.event) && !isWalkOf(b.event, a.event))
    return false;
  if (a.round && b.round && a.round !== b.round) return false;
  return true;
}

// "Tokyo 2020" was held in 2021: a year and a label name the same edition.
function sameEdition(kind: RaceFrame['kind'], a: number, b: number): boolean {
  return EDITIONS.some(
    (e) =>
      (kind === null || e.kind === kind) &&
      ((e.year === a && e.label === String(b)) || (e.year === b && e.label === String(a))),
  );
}

/** Whether a descriptor can describe a frame (no field disagrees). */
export function fits(frame: RaceFrame, d: Descriptor): boolean {
  if (frame.heat !== null && d.heat !== null && frame.heat !== d.heat) return false;
  // "WOMEN'S 800m" after the men's 800m is another race.
  if (frame.sex && d.sex && frame.sex.value !== d.sex) return false;
  // "the London Marathon" told in a report on the Valencia Marathon is another meeting.
  if (frame.meetName && d.meetName && !sameMeetName(frame.meetName, d.meetName)) return false;
  return compatible(
    {
      kind: frame.kind,
      city: frame.city,
      year: frame.year,
      event: frame.event?.value ?? null,
      round: frame.round?.value ?? null,
    },
    { kind: d.kind, city: d.city, year: d.year, event: d.event, round: d.round },
  );
}

// "Bislett Games" and "the ExxonMobil Bislett Games", "Westgate Mile" and "Westgate Road Mile": the
// words of one name, in order, within the other.
function sameMeetName(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x.includes(y) || y.includes(x)) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  let at = 0;
  for (const word of short.split(/\s+/)) {
    const i = long.indexOf(word, at);
    if (i < 0) return false;
    at = i + word.length;
  }
  return true;
}

/** Whether two frames are of one meeting: the same kind, year, city and meeting name. */
export function sameMeeting(a: RaceFrame, b: RaceFrame): boolean {
  return a.kind === b.kind && a.year === b.year && a.city === b.city && a.meetName === b.meetName;
}

/** A new, empty frame. */
export function newFrame(index: number): RaceFrame {
  return {
    index,
    competition: null,
    kind: null,
    city: null,
    year: null,
    meetName: null,
    event: null,
    distance: null,
    sex: null,
    round: null,
    heat: null,
    date: null,
    monthDay: null,
    weekday: null,
    relative: null,
    before: null,
    mentions: [],
    historical: false,
  };
}

/** Fills a frame's empty fields from a descriptor, recording the source of each. */
export function merge(frame: RaceFrame, d: Descriptor, source: SourceSpan): void {
  frame.kind = frame.kind ?? d.kind;
  frame.city = frame.city ?? d.city;
  frame.year = frame.year ?? d.year;
  frame.meetName = frame.meetName ?? d.meetName;
  if (d.event) {
    if (!frame.event) frame.event = { value: d.event, sources: [source] };
    else if (frame.event.value === d.event) addSource(frame.event.sources, source);
    else if (isWalkOf(d.event, frame.event.value)) frame.event = { value: d.event, sources: [source] };
    frame.distance = distanceOfEvent(frame.event.value);
  }
  if (d.sex) {
    if (!frame.sex) frame.sex = { value: d.sex, sources: [source] };
    else if (frame.sex.value === d.sex) addSource(frame.sex.sources, source);
  }
  if (d.round) {
    if (!frame.round) frame.round = { value: d.round, sources: [source] };
    else if (frame.round.value === d.round) addSource(frame.round.sources, source);
  }
  frame.heat = frame.heat ?? d.heat;
  addSource(frame.mentions, source);
}

/** Adds a source span unless the same span is already there. */
export function addSource(list: SourceSpan[], s: SourceSpan): void {
  if (!list.some((x) => x.article === s.article && x.start === s.start && x.end === s.end)) list.push(s);
}

/** Resolves a frame's edition from its kind, city and year (e.g. Olympics + Paris → 2024). */
export function resolveEdition(frame: RaceFrame): void {
  if (
    !frame.kind ||
    frame.kind === 'diamond-league' ||
    frame.kind === 'grand-slam-track' ||
    frame.kind === 'meet' ||
    frame.kind === 'national'
  )
    return;
  if (frame.city === null && frame.year === null) return;
  const edition = findEdition(frame.kind, frame.city, frame.year);
  if (edition) {
    frame.city = edition.city;
    frame.year = edition.year;
  }
}

/** A new frame of the meeting of `cur` (its kind, city, year and meeting name), added to `frames`. */
export function frameOfMeeting(cur: RaceFrame, frames: RaceFrame[]): RaceFrame {
  const f = newFrame(frames.length);
  [f.kind, f.city, f.year, f.meetName] = [cur.kind, cur.city, cur.year, cur.meetName];
  frames.push(f);
  return f;
}

/** A new race of the same meeting and event as `cur` (its sex and round left to tell), added to `frames`. */
export function siblingOf(cur: RaceFrame, frames: RaceFrame[]): RaceFrame {
  const f = frameOfMeeting(cur, frames);
  f.distance = cur.distance;
  f.event = cur.event ? { value: cur.event.value, sources: [...cur.event.sources] } : null;
  return f;
}

/**
 * "… while Ní Bhriain retained her women's crown", then "In the senior women's race over 8km": the
 * race of that sex at the meeting in hand, told before its distance (not an age group's race).
 */
export function untoldOfSex(
  d: Descriptor,
  frames: readonly RaceFrame[],
  cur: RaceFrame,
): RaceFrame | undefined {
  if (!d.event || !d.sex || d.kind || d.meetName || d.ageGroup) return undefined;
  return frames.find(
    (f) =>
      !f.historical &&
      !f.event &&
      f.sex?.value === d.sex &&
      f.kind === cur.kind &&
      f.meetName === cur.meetName &&
      (d.round !== null || !f.round || f.round.value === 'final') && // (not an untold event's heat)
      fits(f, d),
  );
}

/**
 * "… settle for silver" in the 5000m, then "who had won the 5000 m heat on Friday": a race of the
 * event with a medal or a winner told is its final, not that heat.
 */
export function settleFinalsOfEvent(
  d: Descriptor,
  frames: readonly RaceFrame[],
  finalEvidence: (frame: number) => SourceSpan | null,
  cur: RaceFrame | null,
): void {
  // ("In Tuesday's heats X won the second heat": a round of the event in hand.)
  const event = d.event ?? cur?.event?.value;
  if ((d.round !== 'heat' && d.round !== 'semi-final') || !event || d.kind || d.meetName) return;
  for (const f of frames) {
    const evidence = !f.round && !f.historical && f.event?.value === event ? finalEvidence(f.index) : null;
    if (evidence) f.round = { value: 'final', sources: [evidence] };
  }
}
