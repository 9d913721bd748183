/**
 * Dates a race takes from another race of its meeting when the text gives it none of its own: the
 * races of a one-day meeting and the numbered heats of one round share a day, a report's dated main
 * race dates the others of its competition, and a weekday counts from a dated race of the meeting.
 * Also the years a day or a weekday told without one falls in, and the year a report is about.
 */
import type { RaceFrame } from './articleFacts';
import type { IsoDate } from './types';
import { addDays, isoOf, weekdayOf } from './findDates';
import { sameMeeting } from './raceFrames';
import { findQuotes, insideQuote, type QuoteSpan } from './findQuotes';
import { pastInRelative } from './historyCues';

/** Championships held over many days, whose races a report's date does not date. */
export const CHAMPIONSHIPS: ReadonlySet<string> = new Set([
  'olympics',
  'world-championships',
  'world-indoors',
  'continental',
  'commonwealth',
]);

// Races of one one-day meeting reported together were run the same day, and so were the numbered
// heats or semi-finals of one round ("The semifinals were run on Sept. 13"; "In Thursday's heats …
// winning the first heat").
const ONE_DAY = new Set(['diamond-league', 'grand-slam-track', 'meet']);
const MULTI_DAY_NAME = /\b(?:championships|trials|games)\b/i;
export function inheritMeetingDates(frames: RaceFrame[]): void {
  // Last year's edition of a race shares no day with it.
  yearPastEditions(frames);
  for (const f of frames) {
    if (f.date || f.relative) continue;
    // "the 2029 Jamaican championships" (a four-day meeting) is no one-day meet.
    const oneDay = f.kind !== null && ONE_DAY.has(f.kind) && !MULTI_DAY_NAME.test(f.meetName ?? '');
    const round = f.heat !== null && (f.round?.value === 'heat' || f.round?.value === 'semi-final');
    if (!oneDay && !round) continue;
    const siblings = frames.filter(
      (g) =>
        g !== f &&
        g.date &&
        meetingMayMatch(f, g) &&
        (oneDay ||
          (g.round?.value === f.round?.value &&
            g.event?.value === f.event?.value &&
            g.sex?.value === f.sex?.value)),
    );
    // Another numbered heat of the round first, then the round told as a whole.
    const sibling = siblings.find((g) => oneDay || g.heat !== null) ?? siblings[0];
    if (sibling?.date) f.date = { value: sibling.date.value, sources: [...sibling.date.sources] };
  }
}

// A report dates the other races of the same competition it covers that the text gives no day for
// ("Earlier, Team GB's … won the 5,000m" at a national championships on Saturday) with its main
// race's date. A multi-day championship does so only in a same-day report (its main race run on the
// day it was filed): an Olympic final's report tells of races on other days of the Games.
export function inheritReportDate(
  frames: RaceFrame[],
  main: RaceFrame | null,
  published: string | null,
): void {
  // A race told in passing ("who took the 100m yesterday") dates no other race.
  if (!main?.date || main.historical) return;
  if (main.date.value !== published && main.kind !== null && CHAMPIONSHIPS.has(main.kind)) return;
  for (const f of frames) {
    if (f === main || f.date || f.relative || f.weekday || f.monthDay || f.historical) continue;
    if (
      f.kind !== main.kind ||
      (f.city !== main.city && f.city !== null) ||
      (f.year !== main.year && f.year !== null) ||
      f.meetName !== main.meetName
    )
      continue;
    f.date = { value: main.date.value, sources: [...main.date.sources] };
  }
}

// "a commanding win in the senior girls' 1500 metres at the Cumbria Schools Championships on
// Saturday", then the meeting's 3000m and 800m with no day of their own: a meeting that is no
// multi-day championship, all of whose dated races in the report fall on one day, dates its other
// races with that day, whichever race the report leads on.
export function inheritSoleMeetingDay(frames: RaceFrame[]): void {
  for (const f of frames) {
    if (f.date || f.relative || f.weekday || f.monthDay || f.historical || f.kind === null) continue;
    if (CHAMPIONSHIPS.has(f.kind)) continue;
    const dated = frames.filter((g) => g !== f && g.date && !g.historical && meetingMayMatch(f, g));
    const day = dated[0]?.date;
    if (!day || dated.some((g) => g.date?.value !== day.value)) continue;
    f.date = { value: day.value, sources: [...day.sources] };
  }
}

// "The four-day championships began on Thursday, June 28, … winning her heat" and "won the final on
// Saturday night", with no dateline: a weekday of a race is counted from a dated race of the same
// meeting, to the nearest such day (within three days either side).
export function settleWeekdayBySibling(f: RaceFrame, frames: readonly RaceFrame[]): void {
  if (f.date || !f.weekday) return;
  // ("… who had won the 5000 m heat on Friday": an earlier round, told as past, of the meeting.)
  const round = f.round?.value === 'heat' || f.round?.value === 'semi-final';
  if (f.historical && !round) return;
  // ("On Saturday she had won her heat in 53.90", of a meeting the report does not name: a round of
  // the final of its event and sex.)
  if (f.kind === null && !(round && f.historical && f.meetName === null)) return;
  const sibling = frames.find(
    (g) =>
      g !== f &&
      g.date &&
      g.monthDay &&
      !g.historical &&
      meetingMayMatch(f, g) &&
      (f.kind !== null ||
        (g.round?.value === 'final' && g.event?.value === f.event?.value && g.sex?.value === f.sex?.value)),
  );
  if (!sibling?.date) return;
  for (const days of [0, 1, -1, 2, -2, 3, -3]) {
    const d = addDays(sibling.date.value, days);
    if (weekdayOf(d) === f.weekday.weekday) {
      f.date = { value: d as IsoDate, sources: [...sibling.date.sources, f.weekday.source] };
      return;
    }
  }
}

// Two races of one meeting: the same kind, city and meeting name, in the same year when both say.
function meetingMayMatch(f: RaceFrame, g: RaceFrame): boolean {
  return (
    g.kind === f.kind &&
    g.city === f.city &&
    g.meetName === f.meetName &&
    (yearOf(g) === yearOf(f) || yearOf(g) === null || yearOf(f) === null)
  );
}

// A frame's year, or its date's when the year is still to be settled from the date.
const yearOf = (f: RaceFrame): number | null => f.year ?? (f.date ? Number(f.date.value.slice(0, 4)) : null);

/**
 * "The 27-year-old won last year's edition in 2:05:48", in a report on a race dated only later
 * ("Sunday, 26 October 2031"): last year's edition is of the year before the race in hand, and so
 * no race of that day.
 */
function yearPastEditions(frames: RaceFrame[]): void {
  for (const f of frames) {
    const race = f.editionBefore === undefined ? undefined : frames[f.editionBefore];
    const year = race ? yearOf(race) : null;
    if (year !== null && (f.year === null || f.year === year)) f.year = year - 1;
  }
}

/** The year of a day told without one (its weekday agreeing), the latest on or before the report's date. */
export function yearOfDay(f: RaceFrame, published: string | null): number | null {
  const day = f.monthDay;
  if (!published || !day || day.year !== null || day.yearsBack) return null;
  const [year = 0, month = 0, date = 0] = published.split('-').map(Number);
  const told = day.month < month || (day.month === month && day.day <= date) ? year : year - 1;
  const iso = isoOf(told, day.month, day.day);
  if (!iso || (f.weekday && weekdayOf(iso) !== f.weekday.weekday)) return null;
  return told;
}

/**
 * The year of a race told only by its weekday ("on Saturday evening"): that of the day, on or before
 * the report's date.
 */
export function yearOfWeekday(f: RaceFrame, published: string | null): number | null {
  if (!published || !f.weekday || f.monthDay || f.relative) return null;
  const back = (weekdayOf(published) - f.weekday.weekday + 7) % 7;
  return Number(addDays(published, -back).slice(0, 4));
}

/**
 * The year a report is about when no race says: the year it names most (the first told on a tie;
 * "since 2018" and "by 2040" are bounds, not the report's year).
 */
export function yearOfArticle(text: string, quotes: readonly QuoteSpan[] = findQuotes(text)): number | null {
  // "The next world indoor championships will be held in 2033": a year looked forward to is not the report's,
  // nor is one told in a relative clause ("Getachew, who won the title in 2029 in 3:32.10", "who won the
  // 2035 final in Rotterdam": pastInRelative).
  const years = [...text.matchAll(/\b(19[5-9]\d|20[0-4]\d)\b/g)]
    .filter(
      (m) =>
        !/\b(?:next|will|upcoming)\b[^.!?\n]*$|\b(?:since|until|till|by|before)\s+$|\b(?:who|which)\s[^,.;]*\bin\s+$/i.test(
          text.slice(Math.max(0, m.index - 60), m.index),
        ) && !pastInRelative(text, m.index),
    )
    .map((m) => ({ year: Number(m[1]), quoted: insideQuote(quotes, m.index, m.index + 4) }));
  // ("At the 2031 championships I was fourth," she said: a year in a runner's words is of her past
  // when the report's own text gives one.)
  const told = years.some((y) => !y.quoted) ? years.filter((y) => !y.quoted) : years;
  return mostFrequent(told.map((y) => y.year));
}

/** The value told most often, the first told of those tied; null for none. */
function mostFrequent(years: readonly number[]): number | null {
  if (years.length === 0) return null;
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  return (
    [...counts.entries()].sort((a, b) => b[1] - a[1] || years.indexOf(a[0]) - years.indexOf(b[0]))[0]?.[0] ??
    null
  );
}

/**
 * The race a day told relative to another ("two days earlier", "the same night") counts from, for
 * the race `frame`. "The same night, … in the 10,000 metres": the race in hand as the sentence began
 * (`held`, for a same-day phrase; a heading that named the new race makes the race before it the one
 * in hand), when it is dated, rather than the last race told with a date (a semi-final two days
 * before). "Last night, … won the final …. Two days earlier … fourth in heat three": with no race
 * dated by its day, one told by its weekday (of the same event first) anchors a race the sentence
 * names (`named`) with no day of its own; with none of those, the race in hand (`inCurrent`), which
 * the report's own date may date later. A same-day phrase on a round of one sex counts from the
 * other sex's dated race of that round and event, when there is one.
 */
export function relativeAnchor(
  frames: readonly RaceFrame[],
  frame: RaceFrame,
  held: number | null | undefined,
  named: boolean,
  inCurrent: number | null = null,
): RaceFrame | undefined {
  // ("… her Olympic semi-final in 52.88, but two days later in the final": from no race of another year.)
  const year = frameYear(frame);
  const sameYear = (y: number | null): boolean => y === null || year === null || y === year;
  const other = (f: RaceFrame): boolean => f.index !== frame.index && sameYear(frameYear(f));
  // "The women's final, run half an hour earlier": on the day of the other sex's final, not of the race
  // told last.
  const twin =
    held != null && frame.round && frame.sex
      ? frames.find(
          (f) =>
            other(f) &&
            !f.historical &&
            (f.monthDay || f.relative || f.weekday) &&
            f.round?.value === frame.round?.value &&
            f.event?.value === frame.event?.value &&
            f.sex !== null &&
            f.sex.value !== frame.sex?.value,
        )
      : undefined;
  if (twin) return twin;
  const inHand = held != null ? frames[held] : undefined;
  const anchor =
    inHand && other(inHand) && (inHand.monthDay || inHand.relative)
      ? inHand
      : frames.findLast((f) => other(f) && (f.monthDay || f.relative));
  if (anchor || frame.weekday || frame.monthDay || !named) return anchor;
  // "Two days earlier the women's steeplechase final …" in a report whose race in hand is dated only by
  // its dateline: counted from the race in hand, dated later from the report's own date.
  const current = inCurrent != null ? frames[inCurrent] : undefined;
  return (
    frames.findLast((f) => other(f) && f.weekday && f.event?.value === frame.event?.value) ??
    frames.findLast((f) => other(f) && f.weekday) ??
    (current && current.index !== frame.index && !current.historical ? current : undefined)
  );
}

/** A race's year: told with its meeting, or with its day ("On July 14, 2029"); null when neither. */
export function frameYear(f: RaceFrame): number | null {
  return f.year ?? f.monthDay?.year ?? null;
}

/**
 * "Martín-Serrano surprises in the 1500" in a headline, then "the Spanish Championships": a race of
 * the report told with no meeting, in a report on races of one meeting only, is of that meeting.
 */
export function joinSoleMeeting(frames: readonly RaceFrame[]): void {
  const meetings = frames.filter((f) => !f.historical && f.kind !== null);
  const first = meetings[0];
  if (!first || meetings.some((g) => !sameMeeting(g, first))) return;
  const year = frameYear(first);
  // (Nor a meeting of a year before another race the text tells: "winner of the 2035 Paris Marathon
  // last month", then "third at the 2034 Frankfurt Marathon".)
  if (year !== null && frames.some((g) => g.year !== null && g.year > year)) return;
  for (const f of frames)
    if (!f.historical && f.kind === null && f.event !== null && !f.meetName && !f.city)
      // (Not "On July 14, 2029, … won the 400m hurdles" in a feature on the 2031 World Championships.)
      if (year === null || (frameYear(f) ?? year) === year)
        [f.kind, f.city, f.year, f.meetName] = [first.kind, first.city, first.year, first.meetName];
}

// "The 2031 championships, the first held in East Africa, continue on Friday": the year of the
// championships the report is on, told as going on.
const ONGOING =
  /\b[Tt]he\s+((?:19|20)\d\d)\s+(?:championships|[Gg]ames)(?:,[^,.\n]{0,60},)?\s+(?:continue|conclude|end|close|resume)s?\b/;

/** The year of the championships a report tells as going on ("The 2031 championships … continue"). */
export function ongoingYear(text: string): number | null {
  const m = ONGOING.exec(text);
  return m ? Number(m[1]) : null;
}
