/**
 * The race in hand's past editions and the stretches of a clause told of one: "at last year's state
 * meet", "who won the 2033 edition in 2:07:48", "two years ago", and an apposition on a past result
 * ("The Kenyan Bett, winner last year in 2 h 05 min 12 s, was the first to crack", "Gudeta, second last
 * year behind Bett, placed his attack"), whose place and time are that edition's while the clause's
 * own facts stay in the race in hand.
 */
import type { ArticleFacts, RaceFrame } from './articleFacts';
import type { ArticleState, Placed } from './articleState';
import { newFrame } from './raceFrames';
import { isPastEdition } from './pastPhrases';
import { editionYearsBack, pastAsides, type PastAside } from './pastAsides';

export type { PastAside };

/**
 * The race in hand's previous edition ("at last year's state meet"): a past race of the same event,
 * sex and meeting, made once per race in hand.
 */
export function pastEditionFrame(
  facts: ArticleFacts,
  state: ArticleState,
  year?: number,
  base: number | null = state.current,
  back = 1,
): number | null {
  const cur = base === null ? undefined : facts.frames[base];
  if (!cur) return null;
  const key =
    year !== undefined ? `${cur.index}:${year}` : back > 1 ? `${cur.index}-${back}` : String(cur.index);
  const known = state.pastEditions?.get(key);
  if (known !== undefined) return known;
  const f = newFrame(facts.frames.length);
  f.kind = cur.kind;
  f.meetName = cur.meetName;
  f.year = year ?? (cur.year === null ? null : cur.year - back);
  if (f.year === null && back > 1) f.yearsBack = back;
  f.event = cur.event ? { value: cur.event.value, sources: [...cur.event.sources] } : null;
  f.distance = cur.distance;
  f.sex = cur.sex ? { value: cur.sex.value, sources: [...cur.sex.sources] } : null;
  f.historical = true;
  if (year === undefined) f.editionBefore = cur.index;
  else f.editionOf = cur.index;
  facts.frames.push(f);
  (state.pastEditions ??= new Map()).set(key, f.index);
  return f.index;
}

// "The women's race in 2035 went to Murgor", "who won the 2033 edition in 2:07:48", "the 2034
// runner-up in 2:11:36": a year named in a clause that names no other race is the race in hand's
// edition of that year, when that year is before the race in hand's, for the facts told between the
// same commas ("the silver medallist at the 2027 edition, … won in 1:45.12" wins now). "Since 2030"
// and a record "set in 2019" name no edition.
const EDITION_YEAR =
  /(?<!\b(?:since|until|till|by|before|after|from|than|of|season|summer|year|set\s+in)\s+)\b(19[5-9]\d|20[0-4]\d)\b(?!['’-]|\s+(?:season|summer|winter|spring|indoor|outdoor))/g;
const CLUB_YEAR =
  /\bof\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Games|Olympics|Championships|Marathon)\s)$/u;
// "2027 champion Jordan St. Pierre", "2031 silver medallist Ana Ruiz": a title of a year, then a name.
const TITLE_BEFORE_NAME =
  /^\s+(?:(?:gold|silver|bronze|world|Olympic|national|defending)\s+)?(?:champion|winner|runner-up|medall?ist|title-?holder)\s+\p{Lu}/u;
/** The race in hand's past edition a stretch of a clause tells of: its year, and the stretch. */
function toldOfEditionYear(
  text: string,
  clause: { start: number; end: number },
  inClause: readonly Placed[],
  facts: ArticleFacts,
  state: ArticleState,
): { year: number; start: number; end: number } | null {
  const cur = state.current === null ? undefined : facts.frames[state.current];
  const slice = text.slice(clause.start, clause.end);
  const carry = state.editionCarry;
  state.editionCarry = undefined;
  if (!cur) return null;
  // ("The women's race in 2035 went to Murgor": the race in hand named by its sex.)
  // ("when Chepkurui won the world title": the race in hand's championship, named by its kind alone.)
  // ("Canada's last Commonwealth 1,500-metre medal came when … took silver in the 2006 final": its event,
  // named before the year, not "The 2029 Dubai Marathon winner".)
  const yearAt = clause.start + slice.search(/\b(?:19|20)\d\d\b/);
  const ofHand = (p: Placed): boolean =>
    p.frame === state.current &&
    (p.descriptor.sexOnly ||
      isRoundOf(p, cur.event?.value ?? null) ||
      isKindOf(p, cur.kind) ||
      (isEventOf(p, cur.event?.value ?? null) && p.descriptor.end < yearAt));
  if (!inClause.every(ofHand)) return null;
  // ("in 2035, when Chepkurui won the world title and Bekele was the runner-up": told on after "and";
  // "won the 2033 final in Lagos in 1:42.27, a race in which Sang finished fourth": on in a relative.)
  const between = text.slice(carry?.end ?? 0, clause.start);
  const relative =
    /^,\s*$/.test(between) && /^(?:a\s+(?:race|final|heat)\s+)?(?:in\s+which|where)\b/i.test(slice);
  if (carry && !/\d{4}/.test(slice) && (relative || /^\s+and\s+$/.test(between))) {
    // (The relative clause is the edition's to its end, asides and all.)
    const comma = relative ? -1 : slice.search(/,(?!\d)/);
    return { year: carry.year, start: clause.start, end: comma < 0 ? clause.end : clause.start + comma };
  }
  if (!/\d{4}/.test(slice)) return null;
  // (Not a club's founding year in its name: "El Mansouri-Rossi of Atletica Brescia 1950".)
  const found = [...slice.matchAll(EDITION_YEAR)].filter((m) => !CLUB_YEAR.test(slice.slice(0, m.index)));
  const [first] = found;
  const year = Number(first?.[1]);
  const now = cur.year ?? state.publishedYear ?? namedYear(text, clause.start, facts, cur.kind);
  // ("Getachew, who won the title in 2029 in 3:32.10", in a report whose own year is untold.)
  // ("Whitcombe, second in the mile, also won this race in 2037 in 3:56.1", "who was sixth at these
  // championships in 2029": this race's edition of another year, before the report tells its own.)
  const toldPast =
    now === null &&
    (/^\W*(?:who|which)\s+(?:had\s+)?(?:won|ran|took|\w+ed|was\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)))\b/i.test(
      slice,
    ) ||
      /\b(?:won|took|claimed)\s+(?:this|that)\s+(?:race|title|event)\s+in\s+(?:19|20)\d\d\b/i.test(slice));
  // ("who won the 2035 final in Rotterdam in 3:54.90 and the 2033 title before that": the first
  // edition's stretch ends at the second's "and".)
  const next = found.find((m) => Number(m[1]) !== year);
  const joined = next ? /\s+and\s+(?:the\s+)?$/i.exec(slice.slice(0, next.index)) : null;
  if (!first || (next && !joined) || ((now === null || year >= now) && !toldPast)) return null;
  // ("… ahead of X and 2027 champion Jordan St. Pierre", "and the 2034 champion Y completed the podium
  // in 27:40": a title of that edition worn before a name labels the runner; what the clause tells is
  // of the race in hand.)
  if (TITLE_BEFORE_NAME.test(slice.slice(first.index + first[0].length))) return null;
  // The commas around the year (not those of "1,500").
  const comma = /,(?!\d)/g;
  let start = 0;
  let end = joined ? joined.index : slice.length;
  for (const m of slice.matchAll(comma)) {
    if (m.index >= end) break;
    if (m.index < first.index) start = m.index;
    // ("the 2037 edition in Birmingham, where he was fourth in 7:46.15": told on of that edition.)
    else if (!/^,\s*(?:where|when|in which)\b/i.test(slice.slice(m.index, m.index + 16))) {
      end = m.index;
      break;
    }
  }
  if (end === slice.length) state.editionCarry = { year, end: clause.end };
  return { year, start: clause.start + start, end: clause.start + end };
}

// "Kenya's first gold of the 2035 championships", then "won the 2033 final in Lagos": the one year
// told so far with the race in hand's kind of championships, when its own year is not yet known.
const THESE_CHAMPIONSHIPS =
  /\b(?:the|these|this)\s+((?:19|20)\d\d)\s+(?:championships|Championships|Games|edition)\b/g;
function namedYear(text: string, upTo: number, facts: ArticleFacts, kind: RaceFrame['kind']): number | null {
  if (kind === null || kind === 'meet') return null;
  const years = new Set(
    facts.editions.filter((e) => e.kind === kind && e.year !== null).map((e) => e.year ?? 0),
  );
  for (const m of text.slice(0, upTo).matchAll(THESE_CHAMPIONSHIPS)) years.add(Number(m[1]));
  const [only] = years;
  return years.size === 1 ? (only ?? null) : null;
}

// "when Chepkurui won the world title": the race in hand's championship, named by its kind alone.
function isKindOf(p: Placed, kind: RaceFrame['kind']): boolean {
  const d = p.descriptor;
  return kind !== null && d.kind === kind && !d.city && !d.year && !d.meetName && !d.event && !d.round;
}

// "Canada's last Commonwealth 1,500-metre medal": the race in hand's event, named alone.
function isEventOf(p: Placed, event: string | null): boolean {
  const d = p.descriptor;
  return event !== null && d.event === event && !d.kind && !d.meetName && !d.city && !d.year && !d.round;
}

// "in the same final", "in the 1500m final at these same trials": the race in hand's round, of its event.
function isRoundOf(p: Placed, event: string | null, inTown = false): boolean {
  const d = p.descriptor;
  return (
    d.kind === null &&
    !d.meetName &&
    (!d.city || inTown) &&
    !d.year &&
    (!d.event || d.event === event) &&
    d.round !== null
  );
}

/**
 * "Twelve months ago, in the same final, he was only fourth", "Two years ago, in the 1500m final at
 * these same trials, he crossed the line fourth": a clause told of the race in hand's previous edition,
 * naming no race but the race in hand's round.
 */
function toldOfLastEdition(
  text: string,
  clause: { start: number; end: number },
  inClause: readonly Placed[],
  facts: ArticleFacts,
  state: ArticleState,
): boolean {
  const event = (state.current === null ? undefined : facts.frames[state.current])?.event?.value ?? null;
  // "who was second in the senior 10km in Ljubljana two years ago": the event in hand named alone,
  // with the past told right after it ("in 23:10, slower than the winning time from two years ago"
  // is no past edition).
  // ("who was ninth in the Rotterdam final two years ago": the round of that edition, in its town.)
  const ofHand = (p: Placed): boolean =>
    isRoundOf(p, event, true) ||
    (p.descriptor.event === event &&
      event !== null &&
      !p.descriptor.kind &&
      !p.descriptor.meetName &&
      !p.descriptor.year &&
      // ("the women's race finished about twenty minutes ago" is today's.)
      /^[^,;]{0,30}\b(?:(?<!\b(?:minutes?|seconds?|moments?|an hour)\s)ago|last (?:year|season))\b/i.test(
        text.slice(p.descriptor.end, clause.end),
      ));
  // ("who was only fourth at last year's Golden Gala": the meeting in hand's, by its name.)
  const lastYears = (p: Placed): boolean =>
    p.descriptor.event === null &&
    !p.descriptor.year &&
    (p.descriptor.kind !== null || p.descriptor.meetName !== null) &&
    /\blast\s+(?:year|season)['’]s\s+$/i.test(
      text.slice(Math.max(clause.start, p.descriptor.start - 20), p.descriptor.start),
    );
  return (
    inClause.every((p) => p.frame === state.current && (ofHand(p) || lastYears(p))) &&
    (isPastEdition(text.slice(clause.start, clause.end)) || inClause.some(lastYears))
  );
}

/** What of a clause is told of the race in hand's past editions. */
export interface PastOfClause {
  /** The whole clause tells the previous edition, or the one so many years back ("two years ago"). */
  whole: { year: number | undefined; back?: number } | null;
  /** Stretches told of a past edition: a year's ("the 2033 edition, where he was fourth"), or an apposition's. */
  stretches: PastAside[];
  /** Whether the clause names its past edition (by "last year" or by its year), and so its race. */
  named: boolean;
}

/** The past editions a clause tells of, and where. */
export function pastOfClause(
  text: string,
  clause: { start: number; end: number },
  inClause: readonly Placed[],
  facts: ArticleFacts,
  state: ArticleState,
): PastOfClause {
  // ("Last year, on 12 April 2037, …" of the 2037 edition in hand: told of the race in hand itself.)
  const hand = state.current === null ? undefined : facts.frames[state.current];
  const handYear = hand?.monthDay?.year ?? hand?.year ?? null;
  const ownYear =
    handYear !== null && new RegExp(`\\b${handYear}\\b`).test(text.slice(clause.start, clause.end));
  if (!ownYear && toldOfLastEdition(text, clause, inClause, facts, state)) {
    const back = editionYearsBack(text.slice(clause.start, clause.end));
    const handYear =
      back > 1 && state.current !== null
        ? (facts.frames[state.current]?.year ?? state.publishedYear ?? null)
        : null;
    return {
      whole: { year: handYear !== null ? handYear - back : undefined, back },
      stretches: [],
      named: true,
    };
  }
  const year = toldOfEditionYear(text, clause, inClause, facts, state);
  if (year) return { whole: null, stretches: [{ ...year, ofHand: true }], named: true };
  // (A past edition in hand, named by its own year, is named as the race of the clause.)
  const named = ownYear && hand?.historical === true;
  return { whole: null, stretches: pastAsides(text, clause, inClause, facts, state), named };
}

/**
 * "who was ninth in the Rotterdam final two years ago", told before the race in hand's year is known:
 * that edition's year, once the race in hand's is settled.
 */
export function settleYearsBack(frames: readonly RaceFrame[]): void {
  for (const f of frames) {
    const hand = f.editionBefore === undefined ? undefined : frames[f.editionBefore];
    if (f.yearsBack !== undefined && f.year === null && hand?.year != null) f.year = hand.year - f.yearsBack;
  }
}
