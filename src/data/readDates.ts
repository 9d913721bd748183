import type { ArticleFacts, RaceFrame } from './articleFacts';
import type { Sentence } from './splitSentences';
import { endOfRange, findDates } from './findDates';
import { datelineBefore } from './findPublicationDate';
import { roundOf } from './findRaceMentions';
import { datedEdition } from './datedEditions';
import { readMeetingDays, readSectionDay, sameDayRound } from './meetingDays';
import { isFutureDay, editionKey, type ArticleState, type Placed, type SpanOf } from './articleState';
import { relativeAnchor } from './sharedDates';
import { isDayOfNextRace, isNoRaceDay } from './nextRaceDay';
import { readWeekday } from './readWeekday';

// "The championships began on Thursday, June 28": the day a meeting began, not a race's day.
const BEGAN =
  /\b(?:begins?|began|opens?|opened|starts?|started|got under way)\s+(?:on\s+)?(?:\w+day,?\s+)?$/i;
const RECORDED =
  /\b(?:recorded|published|posted|filed|updated|broadcast|aired)\s+(?:on\s+)?(?:\w+day,?\s+)?$/i;
const ENDS = /\b(?:close[sd]?|end(?:s|ed)?|conclude[sd]?)\s+(?:on\s+)?(?:\w+day,?\s+)?$/i;

/**
 * Dates a sentence gives (stated, weekday, relative, approximate) go to the race named nearest them;
 * dates inside quoted speech (`quoted`) are passed over. `publishedWeekday(days)` is the weekday
 * `days` from the report's own date ("last night": -1), null when the report is not dated.
 */
// "before these heats", "after this race": the race the report is about.
const THIS_RACE =
  /^\s*(?:these|this|today's|tonight's)\s+(?:[\w-]+\s+){0,2}?(?:heats?|races?|finals?|semi-?finals?|rounds?)\b/i;

// "Final on Saturday night.": the day of the round named just before it.
const ROUND_ON =
  /\b(final|semi-?finals?|semis|heats?)\s+(?:is\s+|are\s+|will\s+be\s+|comes\s+|follows\s+)?(?:(?:on|set\s+for)\s+)?$/i;

// "Moore, who took the 100m in 10.31 yesterday afternoon, …": a day told in a relative clause.
const RELATIVE_BEFORE = /(?:^|,)\s*(?:who|which|whose)\b[^,;]*$/i;
const FOR_BEFORE = /\bfor\s+(?:the\s+)?$/i;

export function readDates(
  text: string,
  s: Sentence,
  placed: Placed[],
  facts: ArticleFacts,
  state: ArticleState,
  span: SpanOf,
  quoted: (start: number, end: number) => boolean = () => false,
  publishedWeekday: (days: number) => number | null = () => null,
): void {
  if (readSectionDay(s, state, span)) return;
  for (const p of placed) {
    if (p.descriptor.temporal !== 'before' || !p.descriptor.kind) continue;
    const other =
      placed
        .filter((q) => q.frame !== null && !q.descriptor.placeOnly && q.descriptor.start < p.descriptor.start)
        .pop()?.frame ?? state.current;
    const frame = other !== null ? facts.frames[other] : undefined;
    if (frame && !frame.before)
      frame.before = {
        competitionKey: editionKey(p.descriptor, facts),
        name: text.slice(p.descriptor.start, p.descriptor.end),
        days: null,
        source: span(s.start, s.end),
      };
  }
  // A day in someone's words ("Now I rest and prepare for Saturday") dates no race.
  // "… a force at next month's World Indoor Championships with a 60m victory at the Tampere Classic
  // on Saturday night": the day of a race now told after a future one is read.
  const toCome = (at: number, end: number): boolean => {
    const race = placed.filter((p) => p.descriptor.end <= at).pop();
    // "… last night's semi-finals, but Hart scraped into tomorrow's final": a later future, another race's.
    if (!race) return isFutureDay(text.slice(s.start, Math.min(s.end, end + 20)));
    // "The Olympic team departs for its camp on July 10": no race, and the future.
    // ("won the 800m final at the trials for the 2027 World Championships … on Saturday, June 26".)
    const held = placed.filter((p) => p.frame !== null && p.descriptor.end <= at).pop();
    if (race.frame === null && held) return isFutureDay(text.slice(held.descriptor.start, end));
    if (race.frame === null)
      return (
        race.descriptor.temporal === 'before' || isFutureDay(text.slice(s.start, Math.min(s.end, end + 20)))
      );
    return isFutureDay(text.slice(race.descriptor.start, end));
  };
  yearOfMonth(s, placed, facts);
  const inRange = readMeetingDays(text, s, facts, span, quoted);
  const dates = findDates(text, s.start, s.end, state.published ?? null);
  const found = dates.filter(
    (d) =>
      !quoted(d.at, d.end) &&
      !toCome(d.at, d.end) &&
      !endOfRange(text, d) &&
      !inRange(d) &&
      !datelineBefore(text, d, dates) &&
      // ("at Thursday's press conference", "Thursday's episode", "deadline (Friday!)": no race's day.)
      !(d.type === 'weekday' && isNoRaceDay(text, s.start, d)) &&
      // ("Recorded on Monday 10 July 2034, the morning after the Meeting de Lyon on Sunday 9 July": the
      // recording's day, when the race's is told after it.)
      !(RECORDED.test(text.slice(Math.max(s.start, d.at - 28), d.at)) && dates.some((o) => o.at > d.end)),
  );
  if (found.length === 0) return;
  const before = state.current;
  // A sentence that names no race, only a place ("In Cardiff yesterday, …").
  const noRace = placed.every((p) => p.descriptor.placeOnly);
  for (const d of found) {
    const withFrames = placed.filter((p) => p.frame !== null && !p.descriptor.placeOnly);
    const nearest = withFrames.sort(
      (a, b) => Math.abs(a.descriptor.start - d.at) - Math.abs(b.descriptor.start - d.at),
    )[0];
    let target = nearest?.frame ?? placed.find((p) => p.frame !== null)?.frame ?? state.current;
    // "The four-day championships began on Thursday, June 28, and … that evening, winning her heat":
    // the day a meeting began dates the race told after it in the sentence, if any, not the one in hand.
    if (BEGAN.test(text.slice(Math.max(s.start, d.at - 30), d.at))) {
      const after = withFrames.find((p) => p.descriptor.start >= d.end);
      // "The two-day meet opened Friday, May 9, with preliminaries": the first of the meeting's days.
      if (!after && d.type === 'absolute') facts.meetingStart ??= { ...d, source: span(s.start, s.end) };
      if (!after) continue;
      target = after.frame;
    }
    // "The Games close on Sunday, August 4": the meeting's last day, no race's; its weekdays count
    // back from it.
    if (ENDS.test(text.slice(Math.max(s.start, d.at - 30), d.at))) {
      if (d.type === 'absolute') facts.meetingEnd ??= { ...d, source: span(s.start, s.end) };
      continue;
    }
    // "Your eight finalists … Final on Saturday night." told of the semi-finals: another round's day.
    const roundBefore =
      d.type === 'weekday' ? ROUND_ON.exec(text.slice(Math.max(s.start, d.at - 30), d.at))?.[1] : undefined;
    if (roundBefore && roundOf(roundBefore) !== (target === null ? null : facts.frames[target]?.round?.value))
      continue;
    const src = span(s.start, s.end);
    if (d.type === 'absolute' && target !== null) {
      if (d.year !== null && target === state.current)
        target = datedEdition(facts, state, placed, d.year) ?? target;
      const frame = facts.frames[target] as RaceFrame;
      // "Madrid, 31 Dec (EFE).- … won this Sunday, 31 December 2023": the day with its year.
      const known = frame.monthDay;
      const sameDay =
        known && known.year === null && d.year !== null && known.month === d.month && known.day === d.day;
      if (!known || sameDay)
        frame.monthDay = {
          month: d.month,
          day: d.day,
          year: d.year,
          ...(d.yearsBack ? { yearsBack: d.yearsBack } : {}),
          source: src,
        };
    } else if (d.type === 'weekday' && isDayOfNextRace(text, s, placed, facts, target, d)) {
      state.pendingDay = { weekday: d.weekday, source: src };
    } else if (d.type === 'weekday' && target === null) {
      // "Sunday morning was no exception." before any race is named: the day of the race told next.
      if (noRace) state.pendingDay ??= { weekday: d.weekday, source: src };
    } else if (d.type === 'weekday' && target !== null) {
      readWeekday(text, s, d, target, placed, facts, state, src);
      // "On Saturday, X won the men's road mile and Y took the women's mile": the opening day is
      // every race the sentence names.
      if (/^\W*on\s+$/i.test(text.slice(s.start, d.at)) && /^,/.test(text.slice(d.end, d.end + 1)))
        for (const p of withFrames) {
          const f = facts.frames[p.frame ?? -1];
          if (f && !f.weekday && !f.monthDay && !f.historical)
            f.weekday = { weekday: d.weekday, source: src };
        }
    } else if (d.type === 'published' && target === null) {
      // "… were crowned champions yesterday" before any race is named: the day of the race told next
      // (not when the sentence names a race of its own: "who took the 100m yesterday").
      const weekday = publishedWeekday(d.days);
      const inRelative = RELATIVE_BEFORE.test(text.slice(s.start, d.at));
      // "In Cardiff yesterday, the Team GB athlete made a persuasive case": a city names no race.
      if (weekday !== null && noRace && !inRelative) state.pendingDay ??= { weekday, source: src };
    } else if (d.type === 'published' && target !== null) {
      // "last night", "tonight": the day before, or the day of, the report's own date; for the race
      // named nearest, unless the day is told of a race in passing ("who took the 100m yesterday").
      // (Not the meeting a trials picks a team "for": "at the national trials for the Worlds yesterday".)
      const nearestAny = placed
        .filter(
          (p) =>
            !p.descriptor.placeOnly &&
            !(
              p.frame === null &&
              FOR_BEFORE.test(text.slice(Math.max(0, p.descriptor.start - 9), p.descriptor.start))
            ),
        )
        .sort((a, b) => Math.abs(a.descriptor.start - d.at) - Math.abs(b.descriptor.start - d.at))[0];
      if (nearestAny && nearestAny.frame === null) continue;
      const relative = RELATIVE_BEFORE.exec(text.slice(s.start, d.at));
      // "Moore, who took the 100m in 10.31 yesterday afternoon, won the 200m": the relative clause's race.
      const told =
        relative && nearestAny && nearestAny.descriptor.start >= s.start + relative.index
          ? nearestAny.frame
          : null;
      if (relative && told === null) continue;
      const weekday = publishedWeekday(d.days);
      const frame = facts.frames[told ?? target] as RaceFrame;
      if (weekday !== null) frame.weekday = frame.weekday ?? { weekday, source: src };
    } else if (d.type === 'relative' && target !== null) {
      const frame = facts.frames[target] as RaceFrame;
      const named = placed.some((p) => p.frame === target);
      const from = relativeAnchor(
        facts.frames,
        frame,
        d.days === 0 ? (state.before === target ? state.prior : state.before) : null,
        named,
        before,
      );
      if (from && !frame.relative) frame.relative = { days: d.days, anchor: from.index, source: src };
    } else if (d.type === 'since') {
      // "Four weeks before these heats, at the Prefontaine Classic, she had won": the race in hand,
      // named right after the phrase, dates the other race of the sentence.
      const adjacent = THIS_RACE.test(text.slice(d.end, d.end + 40))
        ? before
        : placed.find(
            (p) => p.frame !== null && p.descriptor.start >= d.end && p.descriptor.start - d.end < 8,
          )?.frame;
      const told =
        adjacent !== undefined && adjacent === state.current
          ? placed.find((p) => p.frame !== null && p.frame !== adjacent && !p.descriptor.placeOnly)?.frame
          : undefined;
      if (adjacent != null && told != null) {
        const frame = facts.frames[told] as RaceFrame;
        if (!frame.relative) frame.relative = { days: d.days, anchor: adjacent, source: src };
        continue;
      }
      const named =
        placed.find(
          (p) =>
            p.frame !== null &&
            p.descriptor.start >= d.end &&
            p.frame !== state.current &&
            p.frame !== before,
        )?.frame ?? null;
      const here =
        placed.find((p) => p.frame !== null && p.frame !== named && !p.descriptor.placeOnly)?.frame ??
        before ??
        state.current;
      if (named !== null && here !== null && named !== here) {
        const frame = facts.frames[named] as RaceFrame;
        if (!frame.relative) frame.relative = { days: -d.days, anchor: here, source: src };
      } else if (named === null && here !== null) {
        // "The semifinals a night before the final": the race in hand is dated from a race of its
        // meeting told before, named right after the phrase.
        const told = placed.find(
          (p) =>
            p.frame === null &&
            p.descriptor.temporal &&
            p.descriptor.start >= d.end &&
            p.descriptor.start - d.end < 8,
        )?.descriptor;
        const current = facts.frames[here] as RaceFrame;
        const anchor =
          told && told.round && !told.kind && !told.city
            ? facts.frames.findLast(
                (f) =>
                  f.index !== here &&
                  !f.historical &&
                  f.round?.value === told.round &&
                  f.kind === current.kind &&
                  (told.event ?? current.event?.value) === f.event?.value,
              )
            : undefined;
        if (anchor && !current.relative)
          current.relative = { days: d.days, anchor: anchor.index, source: src };
      }
    } else if (d.type === 'within') {
      const ref = placed.find((p) => p.frame === null && p.descriptor.kind) ?? null;
      const other = placed.find((p) => p.frame !== null && !p.descriptor.placeOnly)?.frame ?? state.current;
      const frame = other !== null ? facts.frames[other] : undefined;
      if (frame && (!frame.before || frame.before.days === null))
        frame.before = {
          competitionKey: editionKey(ref?.descriptor ?? null, facts),
          name: ref ? text.slice(ref.descriptor.start, ref.descriptor.end) : 'the Games',
          days: d.days,
          source: src,
        };
    }
  }
  sameDayRound(text, placed, facts, span(s.start, s.end));
}

// "In March 2028, Delacroix won the world indoor title": a month of a year, with no day.
const MONTH_YEAR =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b/;

/** A month and year told beside a championship of no year give it that year (its edition). */
function yearOfMonth(s: Sentence, placed: readonly Placed[], facts: ArticleFacts): void {
  if (!/\d\d\d\d/.test(s.text)) return;
  const m = MONTH_YEAR.exec(s.text);
  if (!m) return;
  const at = s.start + m.index;
  const nearest = placed
    .filter((p) => p.frame !== null && p.descriptor.kind !== null && p.descriptor.temporal === null)
    .sort((a, b) => Math.abs(a.descriptor.start - at) - Math.abs(b.descriptor.start - at))[0];
  const frame = nearest?.frame == null ? undefined : facts.frames[nearest.frame];
  if (frame && frame.year === null && frame.kind !== null && !frame.competition) frame.year = Number(m[1]);
}
