/**
 * The days a meeting was held over, told as a range ("held at Stanley Park on Saturday 17 and Sunday
 * 18 May 2031", "on 17-18 May 2031", "from May 16 to 18, 2031"): neither end is a race's day, but a
 * race told by its weekday ("Saturday evening's 5000m") is on the meeting's day of that weekday.
 */
import type { ArticleFacts, RaceFrame } from './articleFacts';
import type { ArticleState, Placed } from './articleState';
import type { IsoDate, SourceSpan } from './types';
import { MONTHS, WEEKDAYS } from './lexicon/numbers';
import { addDays, isoOf, weekdayOf } from './findDates';

const DAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?';
const JOIN = '\\s*(?:and|&|to|-|–|—)\\s*';
const MONTH = `(${Object.keys(MONTHS)
  .filter((m) => m.length > 3 || m === 'may')
  .join('|')})`;
// ("ROUND 1 — Friday 8 July 2033" numbers a round: no range of days.)
const DAY_FIRST = new RegExp(
  `(?<!\\b(?:round|heat|semi-?final|race|stage|day|leg|lap)\\s+)\\b${DAY}${JOIN}${DAY}\\s+${MONTH},?\\s+(\\d{4})\\b`,
  'gi',
);
const MONTH_FIRST = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?${JOIN}(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'gi',
);

/** A meeting's range of days in a sentence: its stretch, and each day as yyyy-mm-dd. */
export interface MeetingDays {
  start: number;
  end: number;
  days: string[];
}

/** The ranges of meeting days told between `from` and `to`. */
export function findMeetingDays(text: string, from: number, to: number): MeetingDays[] {
  const slice = text.slice(from, to);
  if (!/\d{4}/.test(slice)) return [];
  const out: MeetingDays[] = [];
  const add = (
    index: number,
    length: number,
    first: string,
    last: string,
    month: string,
    year: string,
  ): void => {
    const m = MONTHS[month.toLowerCase()];
    const a = Number(first);
    const b = Number(last);
    if (!m || b <= a || b - a > 9) return;
    const days: string[] = [];
    for (let d = a; d <= b; d++) {
      const iso = isoOf(Number(year), m, d);
      if (iso) days.push(iso);
    }
    out.push({ start: from + index, end: from + index + length, days });
  };
  for (const m of slice.matchAll(DAY_FIRST))
    add(m.index, m[0].length, m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? '');
  for (const m of slice.matchAll(MONTH_FIRST))
    add(m.index, m[0].length, m[2] ?? '', m[3] ?? '', m[1] ?? '', m[4] ?? '');
  return out;
}

/**
 * A race told by its weekday alone takes the meeting's day of that weekday, when the meeting's days
 * are told, or else the first such day on or after the day the meeting is told to have begun.
 */
export function settleMeetingWeekday(f: RaceFrame, facts: ArticleFacts): void {
  if (f.date || !f.weekday || f.historical) return;
  const held =
    facts.meetingDays ?? weekFrom(facts.meetingStart, f.year) ?? weekFrom(facts.meetingEnd, f.year, -6);
  if (!held) return;
  const day = held.days.filter((d) => weekdayOf(d) === f.weekday?.weekday);
  if (day.length === 1 && day[0])
    f.date = { value: day[0] as IsoDate, sources: [f.weekday.source, held.source] };
}

// The seven days from the day a meeting began (or, `from` -6, up to the day it closes).
function weekFrom(
  start: ArticleFacts['meetingStart'],
  year: number | null,
  from = 0,
): { days: string[]; source: SourceSpan } | null {
  const known = start?.year ?? year;
  const first = start && known !== null ? isoOf(known, start.month, start.day) : null;
  if (!start || !first) return null;
  return { days: [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(first, n + from)), source: start.source };
}

/**
 * Records the first range of meeting days an article tells, and returns a test of whether a date
 * found in the sentence lies inside one of its ranges.
 */
export function readMeetingDays(
  text: string,
  s: { start: number; end: number },
  facts: ArticleFacts,
  span: (start: number, end: number) => SourceSpan,
  quoted: (start: number, end: number) => boolean,
): (d: { at: number; end: number }) => boolean {
  const found = findMeetingDays(text, s.start, s.end).filter((r) => !quoted(r.start, r.end));
  const [first] = found;
  if (first && !facts.meetingDays) facts.meetingDays = { days: first.days, source: span(s.start, s.end) };
  return (d) => found.some((r) => d.at < r.end && d.end > r.start);
}

/**
 * "won his heat on Saturday morning in 10.71 before storming to the 100m title in the afternoon
 * final": a round told as the afternoon's or the evening's, in a sentence that dates another race,
 * is on that race's day.
 */
export function sameDayRound(
  text: string,
  placed: readonly Placed[],
  facts: ArticleFacts,
  source: SourceSpan,
): void {
  const dated = placed.find(
    (p) => p.frame !== null && (facts.frames[p.frame]?.weekday || facts.frames[p.frame]?.monthDay),
  );
  if (!dated || dated.frame === null) return;
  for (const p of placed) {
    const f = p.frame === null ? undefined : facts.frames[p.frame];
    if (!f || f.index === dated.frame || f.weekday || f.monthDay || f.relative) continue;
    if (/^the\s+(?:morning|afternoon|evening)\s/i.test(text.slice(p.descriptor.start, p.descriptor.end)))
      f.relative = { days: 0, anchor: dated.frame, source };
  }
}

// "Saturday's programme", "Sunday's finals": a heading that tells the day of the races under it.
// ("DAY 2 - SUNDAY 20 JUNE 2032": a results page's day heading, with its date; "FRIDAY 1 MARCH: THE
// WARNING SHOT": a feature's, with its title and no year.)
const HEADING_DAY =
  /^\s*(?:((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+(?:programme|program|schedule|session|action|racing|events|finals|results)|day\s+\d{1,2}\s*[-–—:]\s*((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:,?\s+(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2})(?:,?\s+\d{4})?)?|((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2})\s*[:–—-]\s*[^:\s](?:[^:\n]{0,58}[^:\s])?)\s*$/i;

/**
 * Reads a section heading's day into the article state (another heading ends the section), and
 * says whether the sentence was such a heading.
 */
export function readSectionDay(
  s: { start: number; end: number; text: string; headline: boolean },
  state: ArticleState,
  span: (start: number, end: number) => SourceSpan,
): boolean {
  if (!s.headline) return false;
  const heading = HEADING_DAY.exec(s.text);
  const day = heading?.[1] ?? heading?.[2] ?? heading?.[3];
  state.sectionDay = day
    ? { weekday: WEEKDAYS[day.toLowerCase()] ?? 0, source: span(s.start, s.end) }
    : undefined;
  return day !== undefined;
}
