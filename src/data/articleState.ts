import type { ArticleFacts, RaceFrame } from './articleFacts';
import type { SourceSpan } from './types';
import type { Descriptor } from './raceFrames';
import { frameOfMeeting, newFrame, sameMeeting, siblingOf } from './raceFrames';
import { findEdition } from './lexicon/competitions';

/** What reading an article carries from sentence to sentence: the race in hand. */
export interface ArticleState {
  current: number | null;
  /**
   * A day told before its race is named ("Friday night at Rock Chalk Park, …" opening a report, or
   * "Saturday belonged to another Jayhawk." after a race of Friday): the day of the next race taken up.
   */
  pendingDay?: { weekday: number; source: SourceSpan } | undefined;
  /** The day a section heading tells ("Saturday's programme"): the day of each race first named under it. */
  sectionDay?: { weekday: number; source: SourceSpan } | undefined;
  /**
   * A past race whose scene a sentence set ("At last year's World Championships the pair were …"):
   * it is the race in hand to the end of its paragraph, and then the race before it is again.
   */
  scene?: { line: number; previous: number | null } | undefined;
  /**
   * The race in hand as the sentence being read began, before its race phrases were placed, and the
   * race in hand before that one.
   */
  before?: number | null;
  prior?: number | null;
  /** The past editions made for a race in hand ("frame index" or "frame index:year" to frame index). */
  pastEditions?: Map<string, number>;
  /** The year of the report's publication line, when it has one. */
  publishedYear?: number | null;
  /** The report's own date (yyyy-mm-dd), when it tells one. */
  published?: string | null;
  /** A past edition's year told up to a clause's end, and where that clause ended. */
  editionCarry?: { year: number; end: number } | undefined;
  /** Runners' sexes told by the pronouns about them (the salience's map). */
  sexes?: ReadonlyMap<string, 'm' | 'f'>;
  /**
   * The report writes no time with a colon or with marks (12'58"31, 12"48), so "29.41" may be minutes
   * and seconds (see `parseTime`).
   */
  dottedMinutes?: boolean;
}

/** Makes a source span of the article being read. */
export type SpanOf = (start: number, end: number) => SourceSpan;

/** A race phrase of a sentence and the frame it was placed in (null: a moment in time, or no race). */
export interface Placed {
  descriptor: Descriptor;
  frame: number | null;
  /** An earlier round told in a side clause of a report on the final: its race only in that clause. */
  aside?: boolean;
}

/** Sentences about what is still to come name no race and date none. */
// "You will remember the Olympic final": the reader's memory, not a race to come.
// "Will" capitalised inside a sentence is a name ("the Will County Championships").
// "the only question was whether she would hold her stride", "gave little hint of how close the final
// would be": a question of the past, not the future; so is "a course that was expected to be slow".
// "her third place at the Tokyo Marathon … would be annulled": a sanction of a race gone by.
const FUTURE_MODAL =
  /(?:\b(?:will|(?<!\b(?:whether|if)\s+[\p{L}'’-]+\s+)(?<!\bhow\s(?:[\p{L}'’-]+\s+){2,5})would|Would)|'ll)\b(?!\s+(?:(?:all|well|surely|doubtless|probably)\s+)?(?:remember|recall|know|have seen|recognise|recognize)\b|\s+(?:(?:then|also)\s+)?(?:be\s+)?(?:annulled|voided|stripped|struck|erased|wiped|scrubbed|nullified|rescinded|overturned|redistributed|reallocated|upgraded|promoted|elevated|lose|forfeit)\b)/u;
const FUTURE_WORDS =
  /\b(?:next (?:week|weekend|month|year|season|summer|spring|autumn|winter|olympics|games|championships|race|meeting|meet|outing|start|time|episode|issue|show|column|edition|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next (?:[A-Z][\w-]*\s+){1,4}(?:meeting|meet|race|event|outing|championships|games|fixture)|upcoming|(?:is|are)\s+(?:holding|hosting|staging|throwing|planning)\s+(?:a|an)\b|(?:fixture|round)\s+is\s+at|(?<!\b(?:was|were)\s+)expected to|(?:is|are)\s+expected\s+(?:at|in|back|home)|likely to|scheduled|(?:set|slated) for|plans? to|planning to|hopes? to|aims? to|ambitions? to|intends? to|bid to|set to|due to|is to|are to|in the future|(?:confirmed|announced|set|fixed)\s+the\s+date\s+for|begins?|resumes?|continues|returns\s+(?:on\s+\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d|next)\b|(?:ends?|concludes?)\s+(?:on\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|weekend)|tomorrow|(?:is|are)\s+(?:the\s+)?next\s+(?:test|target|goal|step|stop|challenge|assignment|objective)|next\s+up|see\s+you\s+(?:on|at|there|this|next|soon)|coming up(?=:)|departs?\s+for|moves?\s+on\s+to|(?:leaves|travels|flies)\s+(?:for|to)\s+(?:its|their|his|her|the)\s+(?:pre-|training|altitude))\b/i;

/** Whether a sentence or clause tells what is still to come. */
export function isFuture(s: string): boolean {
  return FUTURE_MODAL.test(s) || FUTURE_WORDS.test(s);
}

/**
 * Whether a day told in `s` is still to come: as `isFuture`, but "a best which would have won Sunday's
 * race comfortably" tells a day gone by.
 */
export function isFutureDay(s: string): boolean {
  return isFuture(s.replace(/\bwould\s+have\b/g, 'had'));
}

/** The frame a fact at `pos` belongs to: the race named before it in the sentence, else the race in hand. */
export function frameAt(pos: number, placed: Placed[], state: ArticleState): number | null {
  let best: Placed | null = null;
  for (const p of placed)
    if (p.frame !== null && p.descriptor.start <= pos && !p.descriptor.placeOnly && !p.aside) best = p;
  return best?.frame ?? state.current ?? placed.find((p) => p.frame !== null)?.frame ?? null;
}

/** The given frame, or a new unnamed one made the race in hand. */
export function ensureFrame(facts: ArticleFacts, state: ArticleState, frame: number | null): number {
  if (frame !== null) return frame;
  const f = newFrame(facts.frames.length);
  // "Sunday morning was no exception." told before the race: its day.
  if (state.pendingDay) f.weekday = state.pendingDay;
  state.pendingDay = undefined;
  facts.frames.push(f);
  state.current = f.index;
  return f.index;
}

/** A new race of the meeting and day of `cur` (its event, sex and round left to tell), added to `frames`. */
export function raceOfMeeting(cur: RaceFrame, frames: RaceFrame[]): RaceFrame {
  const f = frameOfMeeting(cur, frames);
  f.competition = cur.competition;
  [f.date, f.monthDay, f.weekday, f.relative] = [cur.date, cur.monthDay, cur.weekday, cur.relative];
  return f;
}

// A bare round before a fact ("the final night of …") gives way to a race named just after it.
export function preferNamed(before: Placed | undefined, after: Placed | undefined): Placed | undefined {
  const bare = (p: Placed | undefined): boolean =>
    p !== undefined && !p.descriptor.event && !p.descriptor.kind;
  if (before && after && bare(before) && !bare(after)) return after;
  return before ?? after;
}

// "the Games" in an article that has named "the Paris 2024 Olympics" is that edition.
export function editionKey(d: Descriptor | null, facts: ArticleFacts): string {
  const kind = d?.kind ?? 'olympics';
  const named = d && (d.city || d.year) ? findEdition(kind, d.city, d.year) : null;
  // Else the edition of that kind the article named last.
  let edition = named;
  for (let i = facts.editions.length - 1; i >= 0 && !edition; i--) {
    const e = facts.editions[i] as (typeof facts.editions)[number];
    const found = findEdition(e.kind, e.city, e.year);
    if (found?.kind === kind) edition = found;
  }
  return edition ? `${edition.kind}:${edition.year}` : '';
}

/**
 * "Van der Laan, who had scraped into the final …, ran from lane one to win", after a paragraph on
 * the men's 110m hurdles: a sentence whose subject has run another race of the same meeting (a
 * different event or sex), and none of the race in hand, is about that race.
 */
export function followSubject(
  text: string,
  sentenceStart: number,
  subject: { start: number; id: string | null } | undefined,
  facts: ArticleFacts,
  state: ArticleState,
): void {
  const cur = state.current === null ? undefined : facts.frames[state.current];
  if (!cur || !subject?.id || !/^\W*$/.test(text.slice(sentenceStart, subject.start))) return;
  const ran = new Set<number>();
  for (const r of facts.results)
    if (r.athleteId === subject.id && (r.field === 'place' || r.field === 'time')) ran.add(r.frame);
  // The race in hand must have been told already, with runners of its own.
  if (ran.size === 0 || ran.has(cur.index) || !facts.results.some((r) => r.frame === cur.index)) return;
  const siblings = [...ran]
    .map((i) => facts.frames[i])
    .filter(
      (f) =>
        f !== undefined &&
        !f.historical &&
        sameMeeting(f, cur) &&
        (f.event?.value !== cur.event?.value || f.sex?.value !== cur.sex?.value),
    );
  const [only] = siblings;
  // ("The 5000m final was won by Aas-Hovland. Gidey was second.", after his 10,000m win: a race of the
  // same sex named in the paragraph in hand may be the runner's second, so it stays in hand.)
  const namedHere = cur.mentions.some(
    (m) => m.start < sentenceStart && !text.slice(m.end, sentenceStart).includes('\n'),
  );
  if (namedHere && only?.sex?.value === cur.sex?.value) return;
  if (only && siblings.length === 1) state.current = only.index;
}

// "he" and its forms in the first group; "she" and its forms otherwise.
const PRONOUN_SEX = /\b(?:(he|his|him|himself)|she|her|hers|herself)\b/gi;

/**
 * "Sunday, 26 October - Chemutai delivered on his promise … to win in 2:05:12", after a preview that
 * ended on the women's race: a sentence that names a runner and then says "he" (or "she"),
 * with no pronoun of the other sex, is about the race of that sex (or the one of no stated sex) at the
 * same meeting, when the report has told that race too.
 */
export function followPronounSex(
  sentence: string,
  subjectAt: number | undefined,
  facts: ArticleFacts,
  state: ArticleState,
): void {
  const cur = state.current === null ? undefined : facts.frames[state.current];
  const sex = cur?.sex?.value;
  if (!cur || !sex || subjectAt === undefined) return;
  // One pass over the pronouns: the runner comes before any of them, so they can be the runner's.
  let he = 0;
  let she = 0;
  for (const m of sentence.matchAll(PRONOUN_SEX)) {
    if (he + she === 0 && m.index < subjectAt) return;
    if (m[1]) he++;
    else she++;
  }
  const other = he > 0 && she === 0 ? 'men' : she > 0 && he === 0 ? 'women' : null;
  if (!other || other === sex) return;
  // (A past edition in hand, of a stated year: that edition's race of the other sex.)
  const sameEdition = (f: RaceFrame): boolean =>
    cur.historical ? f.historical && f.year === cur.year : !f.historical;
  const siblings = facts.frames.filter(
    (f) =>
      sameEdition(f) &&
      f !== cur &&
      (f.sex === null || f.sex.value === other) &&
      sameMeeting(f, cur) &&
      f.event?.value === cur.event?.value,
  );
  const [only] = siblings;
  if (only && siblings.length === 1) state.current = only.index;
  // "A blustery 13 April 2036 … Gebrehiwot took his revenge in 2:05:31", told in the women's race of
  // that edition: the edition's race of the other sex, made now.
  else if (siblings.length === 0 && cur.historical && cur.year !== null) {
    const f = siblingOf(cur, facts.frames);
    f.sex = { value: other, sources: [] };
    f.historical = true;
    f.monthDay = cur.monthDay;
    if (cur.editionOf !== undefined) f.editionOf = cur.editionOf;
    if (cur.editionBefore !== undefined) f.editionBefore = cur.editionBefore;
    state.current = f.index;
  }
}

const THAT_TIME = /\bthat\s+(?:night|day|evening|afternoon|morning|race|final)\b/i;

/**
 * "Two years ago in Belgrade, the Moroccan won the 2037 world title in 8:04.62. Kenya's Rotich took
 * silver that night …": a sentence that names no race but points back to "that night" is of the past
 * race the sentence before it told, to the end of the paragraph.
 */
export function followThatTime(
  sentence: string,
  line: number,
  before: { placed: readonly Placed[]; line: number } | undefined,
  facts: ArticleFacts,
  state: ArticleState,
): void {
  if (!before || before.line !== line || !THAT_TIME.test(sentence)) return;
  const past = before.placed.findLast((p) => p.frame !== null && facts.frames[p.frame]?.historical);
  if (!past || past.frame === null || past.frame === state.current) return;
  state.scene ??= { line, previous: state.current };
  state.current = past.frame;
}
