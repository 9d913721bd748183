/**
 * What a race phrase's neighbours and a frame's facts say about the race, for placeDescriptors:
 * events listed as a meeting's programme, evidence that a race is the final, an earlier round of
 * the race in hand, and the sex its runners' pronouns tell.
 */
import type { ArticleFacts, RaceFrame } from './articleFacts';
import { sameMeeting, type Descriptor } from './raceFrames';
import type { Sex, SourceSpan } from './types';
import { findEdition } from './lexicon/competitions';
import { isPlausibleTime } from './lexicon/events';

const MEDAL = /\b(?:gold|silver|bronze)\b/i;

// "took part across the marathon, half marathon and relay events": events listed together, three
// or more or named as events, are the meeting's programme, not a race being reported.
export function inEventList(text: string, d: Descriptor, all: readonly Descriptor[]): boolean {
  const events = all.filter((o) => o.event !== null && o.kind === null);
  const joined = (a: Descriptor, b: Descriptor): boolean =>
    /^(?:,|,?\s+(?:and|or))\s+(?:the\s+)?$/.test(text.slice(a.end, b.start));
  const i = events.indexOf(d);
  if (i < 0) return false;
  let first = i;
  while (first > 0 && joined(events[first - 1] as Descriptor, events[first] as Descriptor)) first--;
  let last = i;
  while (last + 1 < events.length && joined(events[last] as Descriptor, events[last + 1] as Descriptor))
    last++;
  if (last === first) return false;
  const end = (events[last] as Descriptor).end;
  return (
    last - first >= 2 ||
    /^,?\s+(?:(?:and|or)\s+)?(?:\w+\s+)?(?:events|races|distances|disciplines)\b/i.test(
      text.slice(end, end + 30),
    )
  );
}

// A medal, a winner ("took the men's 100m in 10.09", then "had been quicker in Friday's
// semi-finals") or a finishing order of three makes a race the final; so does any place when its
// earlier round is told as past ("Rathore, who had run the fastest time in the semi-finals").
export function finalEvidence(facts: ArticleFacts, frame: number, roundTold = false): SourceSpan | null {
  const placed = new Set<string>();
  let first: SourceSpan | null = null;
  for (const r of facts.results) {
    if (r.frame !== frame || r.field !== 'place' || typeof r.value !== 'number') continue;
    if ((r.value <= 3 && MEDAL.test(r.source.quote)) || r.value === 1) return r.source;
    first ??= r.source;
    placed.add(r.athleteId);
  }
  return placed.size >= 3 || roundTold ? first : null;
}

// "…, when he won the second semifinal" in a report on the final: a heat or semi-final of the final
// in hand, named without a meeting of its own.
export function isEarlierRound(d: Descriptor, cur: RaceFrame): boolean {
  return (
    cur.round?.value === 'final' &&
    (d.round === 'semi-final' || d.round === 'heat') &&
    !d.kind &&
    !d.city &&
    !d.year &&
    (!d.event || d.event === cur.event?.value)
  );
}

/**
 * "The semifinals, held 2 1/2 hours earlier, …. Van der Laan won the first …, Bonfanti-Rossi took the
 * second": another heat or semi-final of the round in hand, told in the same passage.
 */
export function isSiblingRound(f: RaceFrame, cur: RaceFrame | undefined): boolean {
  return (
    cur !== undefined &&
    f.round !== null &&
    f.round.value !== 'final' &&
    f.round.value === cur.round?.value &&
    f.event?.value === cur.event?.value &&
    f.kind === cur.kind
  );
}

/**
 * "Gagnon-Leclerc had qualified second in his heat behind Chege", then "O'Donoghue won the second
 * heat": a numbered heat or semi-final of the round in hand, whose own heat is unnumbered and already
 * has its winner, is another one.
 */
export function isWonOtherHeat(facts: ArticleFacts, cur: RaceFrame | undefined, d: Descriptor): boolean {
  return (
    cur !== undefined &&
    d.heat !== null &&
    cur.heat === null &&
    !d.event &&
    !d.kind &&
    cur.round !== null &&
    cur.round.value === d.round &&
    // (Not a title won, told of a race that was taken for a heat: the final's winner.)
    facts.results.some(
      (r) =>
        r.frame === cur.index &&
        r.field === 'place' &&
        r.value === 1 &&
        !/\b(?:title|gold|crown|champion)\b/i.test(r.source.quote),
    )
  );
}

// "… claim his first national title. … The women's 1500m final, run on Friday night, …": a race told
// without its sex, whose runners the report calls "he", is the men's, so a women's race named next is
// another race. The sex is taken only when the pronouns of its result sentences all agree; when they
// agree with the sex now named ("retained his title …. A field of 380 finished the men's race"), the
// race named is that one.
export function inferSex(frame: RaceFrame, named: Sex, facts: ArticleFacts): void {
  const quotes = new Map<string, SourceSpan>();
  for (const r of facts.results) if (r.frame === frame.index) quotes.set(r.source.quote, r.source);
  let he = 0;
  let she = 0;
  for (const quote of quotes.keys()) {
    // ("became the first woman to break 50 seconds": a runner told as a woman or a man, too.)
    if (/\b(?:he|his|him|himself|(?:first|only)\s+man)\b/i.test(quote)) he++;
    if (/\b(?:she|her|hers|herself|(?:first|only)\s+woman)\b/i.test(quote)) she++;
  }
  const sex = he > 0 && she === 0 ? 'men' : she > 0 && he === 0 ? 'women' : null;
  if (sex) frame.sex = { value: sex, sources: [...quotes.values()] };
}

/**
 * "Jepchumba's gold was the country's third at the Games", told while a heat is the race in hand: a
 * medal is won in the final, so it goes to the final of the same race when the report has one.
 */
export function medalRace(facts: ArticleFacts, frame: number): number {
  const f = facts.frames[frame];
  const round = f?.round?.value;
  if (!f || (round !== 'heat' && round !== 'semi-final')) return frame;
  const final = facts.frames.find(
    (g) =>
      g.round?.value === 'final' &&
      g.historical === f.historical &&
      sameMeeting(g, f) &&
      g.event?.value === f.event?.value &&
      g.sex?.value === f.sex?.value,
  );
  return final?.index ?? frame;
}

/**
 * "… took the title in 55.48" after the heats were told: a medallist's times read from the clause
 * (from result `first` on) move with the medal from `frame` to the final, `won`.
 */
export function timesFollow(
  facts: ArticleFacts,
  first: number,
  frame: number,
  won: number,
  athleteId: string,
): void {
  for (const r of facts.results.slice(first))
    if (r.field === 'time' && r.frame === frame && r.athleteId === athleteId) r.frame = won;
}

/**
 * The year of the race in hand: its own, its edition's by its host city ("in Beijing"), or else that
 * of the first race the report tells as its own (a semi-final's from its final). A report dated
 * `published` is not on an edition held years before (a city may host again: "in Belgrade" in 2035).
 */
export function reportYear(
  facts: ArticleFacts,
  cur: RaceFrame,
  published: number | null = null,
): number | null {
  const hosted = (f: RaceFrame): number | null => {
    const year = f.kind && f.city ? (findEdition(f.kind, f.city, null)?.year ?? null) : null;
    return year !== null && published !== null && year < published - 1 ? published : year;
  };
  const yearOf = (f: RaceFrame): number | null => f.year ?? hosted(f);
  return (
    yearOf(cur) ??
    facts.frames.filter((f) => !f.historical).reduce<number | null>((y, f) => y ?? yearOf(f), null)
  );
}

/**
 * The month of the race in hand: its own date's, or else the month its championships (or the first
 * championships the report tells as its own) opened in, by the editions table.
 */
export function reportMonth(facts: ArticleFacts, cur: RaceFrame): number | null {
  if (cur.monthDay) return cur.monthDay.month;
  const editionOf = (f: RaceFrame): string | null =>
    f.kind && f.city ? (findEdition(f.kind, f.city, f.year)?.start ?? null) : null;
  const start =
    editionOf(cur) ??
    facts.frames.filter((f) => !f.historical).reduce<string | null>((e, f) => e ?? editionOf(f), null);
  return start ? Number(start.slice(5, 7)) : null;
}

// A time that cannot be run over the frame's distance belongs to another race of the article
// whose distance fits, most recent first; with none, it is left out rather than misfiled.
export function reassignByPlausibility(
  facts: ArticleFacts,
  frameIndex: number | null,
  seconds: number,
  hasColon: boolean,
  withSeconds: boolean,
): number | null | undefined {
  const { frames } = facts;
  const fitsFrame = (f: RaceFrame | undefined): boolean => {
    if (!f || f.distance === null) return hasColon || withSeconds || seconds < 60;
    return isPlausibleTime(f.distance, seconds);
  };
  const frame = frameIndex !== null ? frames[frameIndex] : undefined;
  if (fitsFrame(frame)) return frameIndex;
  const other = frames.findLast((f) => f.distance !== null && fitsFrame(f));
  if (!other) return undefined;
  // "A reminder of how the sprinters got here in the semi-finals", then "Semi one – Adeyemi-Clarke
  // won in 9.88" under a 400m hurdles final: a round told without its event, which it took from the
  // race in hand, is of the event its first time fits.
  if (frame && isEarlierRoundOf(frame) && !told(frame, frame.event) && !hasResults(facts, frame)) {
    frame.event = other.event && { value: other.event.value, sources: [...other.event.sources] };
    frame.distance = other.distance;
    if (!told(frame, frame.sex))
      frame.sex = other.sex && { value: other.sex.value, sources: [...other.sex.sources] };
    return frame.index;
  }
  return other.index;
}

/** Whether a frame's value was stated in one of the frame's own race phrases (not taken from another race). */
function told(frame: RaceFrame, value: { sources: readonly SourceSpan[] } | null): boolean {
  return !!value?.sources.some((s) => frame.mentions.some((m) => m.start <= s.start && s.end <= m.end));
}

// (Only a heat or semi-final told on a line of its own: "Semi one – …", "Second semi-final of …".)
const OPENS_ON_ROUND =
  /^\W*(?:(?:semi(?:-?final)?|heat|SF|H) ?(?:[1-9]|one|two|three|four|five|six)\b|(?:first|second|third|fourth|fifth|sixth)\s+(?:\d{2,3}m\s+(?:hurdles\s+)?)?(?:semi|heat))/i;
const isEarlierRoundOf = (frame: RaceFrame): boolean =>
  (frame.round?.value === 'semi-final' || frame.round?.value === 'heat') &&
  frame.mentions.some((m) => OPENS_ON_ROUND.test(m.quote));

const hasResults = (facts: ArticleFacts, frame: RaceFrame): boolean =>
  facts.results.some((r) => r.frame === frame.index);

// "Earlier in the evening, …", "Later that afternoon, …": a sentence told as another hour of the day.
const OTHER_HOUR =
  /^\W*(?:earlier|later)\s+(?:in\s+the|that|on\s+the)\s+(?:day|evening|night|afternoon|morning|programme|program|session)\b/i;

/**
 * "… Okonkwo-Adeyemi 9.817, Baptiste 9.820. … Earlier in the evening, Powell-Grant won the women's
 * 100m": a race of the event in hand, named with its sex in a sentence told at another hour, is
 * another race of the day; with its round the same, it is the other sex's, so the race in hand, told
 * without its sex and with results of its own, is of the other sex.
 */
export function otherHourSex(opening: string, cur: RaceFrame, d: Descriptor, facts: ArticleFacts): void {
  if (cur.sex || cur.historical || (d.sex !== 'men' && d.sex !== 'women') || !OTHER_HOUR.test(opening))
    return;
  if (!d.event || d.event !== cur.event?.value || d.round !== (cur.round?.value ?? null)) return;
  if (d.kind || d.meetName || d.year || !facts.results.some((r) => r.frame === cur.index)) return;
  cur.sex = { value: d.sex === 'men' ? 'women' : 'men', sources: [] };
}

const CHAMPIONSHIP_KINDS = new Set([
  'olympics',
  'world-championships',
  'world-indoors',
  'continental',
  'commonwealth',
  'national',
]);

/**
 * Whether a medal told in a race is a place: a championship's race, or one of no known meeting.
 * ("at the World Cross Country Championships …, she took silver": a meeting named as championships.)
 */
export function awardsMedals(frame: RaceFrame | undefined): boolean {
  return (
    !frame ||
    frame.kind === null ||
    CHAMPIONSHIP_KINDS.has(frame.kind) ||
    /\b(?:Championships|Games)$/.test(frame.meetName ?? '')
  );
}

/**
 * "last year's world championship final … In Beijing, Morrison won gold": a town that opens a sentence
 * is the city of a past championship told before, whose edition was held there.
 */
export function givePastHostCity(d: Descriptor, frames: readonly RaceFrame[]): void {
  if (!d.placeOnly || !d.city || frames.some((f) => f.city === d.city)) return;
  const host = frames.findLast(
    (f) => f.historical && f.kind !== null && !f.city && findEdition(f.kind, d.city, f.year) !== null,
  );
  if (host) host.city = d.city;
}

/** "in the final of the Europeans of 2032", in a report on the 2034 edition: an earlier edition of it. */
export function isEarlierEdition(d: Descriptor, cur: RaceFrame | undefined): boolean {
  return d.year !== null && d.kind !== null && cur?.kind === d.kind && cur.year !== null && d.year < cur.year;
}
