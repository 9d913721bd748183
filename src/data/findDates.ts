import { MONTHS, WEEKDAYS, NUMBER_PATTERN, numberValue } from './lexicon/numbers';
import { allMatches } from './allMatches';
import { sortByAt } from './sortByPosition';

/** A date phrase in a sentence. */
export type DateFinding =
  | {
      at: number;
      end: number;
      type: 'absolute';
      year: number | null;
      month: number;
      day: number;
      /** "June 8 last year": the year is this many before the report's. */
      yearsBack?: number;
    }
  | { at: number; end: number; type: 'weekday'; weekday: number }
  /** "last night", "yesterday", "tonight": this many days from the day the report was filed. */
  | { at: number; end: number; type: 'published'; days: number }
  | { at: number; end: number; type: 'relative'; days: number }
  /** "Four days after winning the 5,000m": the race named next happened `days` before this one. */
  | { at: number; end: number; type: 'since'; days: number }
  | { at: number; end: number; type: 'within'; days: number; direction: 'before' | 'after' };

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const MONTH_DAY = new RegExp(
  `\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:\\d)(?:,?\\s+(\\d{4}))?`,
  'gi',
);
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT})\\b\\.?(?:,?\\s+(\\d{4}))?`,
  'giu',
);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
// "Sa./Sat. 23.02.2036": a day, month and year with dots, as European results pages write them.
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;
// Each numeric pattern with the groups of its year, month and day.
const NUMERIC_DATES: readonly (readonly [RegExp, number, number, number])[] = [
  [ISO, 1, 2, 3],
  [DOTTED, 3, 2, 1],
];
// ("THURSDAY: LINDQVIST RUNS AWAY WITH THE 10K": a day's heading in capitals.)
const WEEKDAY =
  /\b(?:on\s+|last\s+|this\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|SUNDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY)(?:'s|\s+(?:night|evening|afternoon|morning))?\b/g;
const HABIT_AFTER = /^\s+(?:training|club|nights|evenings|mornings|afternoons|sessions)\b/i;
// ("Two days ago, Achieng was a picture of worry": a day of the last week, counted from the report's.)
const FROM_PUBLISHED =
  /\b(?:(last night|yesterday)|tonight|this (?:evening|afternoon|morning)|(two|three|four|five|six|[2-6]) days ago)\b/gi;
const RELATIVE_LATER = new RegExp(
  `\\b(?:(${NUMBER_PATTERN})\\s+(days?|weeks?|fortnights?|hours?)\\s+later|after\\s+(${NUMBER_PATTERN})\\s+(days?|weeks?|fortnights?)|(the\\s+(?:next|following)\\s+day))\\b`,
  'gi',
);
// ("Two days earlier the Corkwoman had scraped into the final": "earlier the" is no "before the".)
const RELATIVE_EARLIER = new RegExp(
  `\\b(?:(${NUMBER_PATTERN})\\s+(days?|weeks?|fortnights?|hours?)\\s+(?:earlier(?!\\s+than)|before(?!\\s+the))\\b|(?<!\\bto\\s)(the\\s+(?:day|night)\\s+before))\\b`,
  'gi',
);
const DAYS_AFTER_EVENT = new RegExp(
  `\\b(${NUMBER_PATTERN})\\s+(days?|nights?|weeks?)\\s+(?:to\\s+the\\s+day\\s+)?(after|before)\\s+(?!the\\s+(?:Games|Olympics|start))`,
  'gi',
);
const SAME_DAY =
  /(?:(?:Earlier|Later)(?=,)|\b(?:earlier|later) (?:in|on) the (?:day|evening|night|session|afternoon|morning|programme|program)|\b(?:earlier|later) that (?:day|evening|night|morning|afternoon)|\bthe same (?:day|evening|night|session|afternoon|morning)|\b(?:an hour|\w+ hours) (?:earlier|later|before|after))\b/gi;
// "was held on the 4th at Ecopa Stadium": a day of the month without its month (not "on the 4th lap").
const DAY_OF_MONTH =
  /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)(?=\s*[,.;]|\s+(?:at|in|of\s+(?:this|last)\s+month|and|when|with|before|after|where)\b)/g;
const WITHIN = new RegExp(
  `\\b(?:less than|under|fewer than|within|barely|just|only)\\s+(${NUMBER_PATTERN})\\s+(days?|weeks?|months?)\\s+(away|before|ahead of|out from|to go|after|later)`,
  'gi',
);

const LAST_YEAR =
  /^,?\s+(?:last year|of last year|the (?:year|season) before|a year (?:earlier|ago|before))\b/i;

// "On June 8 last year": a day without its year, told as last year's.
function yearsBackAfter(year: string | undefined, slice: string, end: number): { yearsBack?: number } {
  return year === undefined && LAST_YEAR.test(slice.slice(end, end + 30)) ? { yearsBack: 1 } : {};
}

// "Ashworth withdrew on Friday with a calf problem": the day of a withdrawal, not of a race.
// "withdrew on Friday", "only arrived in Perth on Thursday": a day of something other than a race.
const WITHDREW_BEFORE =
  /\b(?:withdrew|withdrawn|pulled out|scratched|arrived|arrives|landed|flew|travelled|traveled)\s+(?:\w+\s+){0,2}?(?:on\s+)?$/i;
// "Entries close on 30 March": a deadline, not a race's day.
const DEADLINE_BEFORE = /\b(?:entries|registration)\s+(?:close|closes|open|opens)\s+(?:on\s+)?$/i;

/**
 * Dates, weekdays and relative or approximate dates in a stretch of text. `reportDate` (yyyy-mm-dd),
 * the report's own date, gives a day told without its month ("on the 4th") its month and year.
 */
export function findDates(
  text: string,
  from: number,
  to: number,
  reportDate: string | null = null,
): DateFinding[] {
  const slice = text.slice(from, to);
  const out: DateFinding[] = [];
  // Cheap gates: most sentences name no date at all.
  const digits = /\d/.test(slice);
  // Every month name and abbreviation starts with one of these.
  const month = digits && /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(slice);
  const weekday = /day\b/i.test(slice);
  const relative = /\b(?:later|after|earlier|before|hours?|same|next|following|away|within)\b/i.test(slice);
  const published = /last night|yesterday|tonight|this (?:evening|afternoon|morning)|days ago/i.test(slice);
  if (!digits && !weekday && !relative && !published) return out;
  const push = (f: DateFinding): void => {
    if (out.some((o) => f.at < o.end && f.end > o.at)) return;
    if (f.type !== 'absolute' || !DEADLINE_BEFORE.test(text.slice(Math.max(from, f.at - 30), f.at)))
      out.push(f);
  };
  if (digits)
    for (const [re, y, mo, d] of NUMERIC_DATES)
      for (const m of allMatches(re, slice))
        if (Number(m[mo]) <= 12 && Number(m[d]) <= 31)
          push({
            at: from + m.index,
            end: from + m.index + m[0].length,
            type: 'absolute',
            year: Number(m[y]),
            month: Number(m[mo]),
            day: Number(m[d]),
          });
  // ("Results provisional until 18:00, 25 September": a deadline's hour may go before its day.)
  const aboutSomethingElse = (index: number): boolean =>
    /\b(?:announced|announce|named|selected|scheduled|due|expected|will|set to be|born|deadline|until|by|from|since|before|after|withdrew|withdrawn|pulled out|scratched)\s+(?:\w+\s+){0,2}?(?:on\s+)?(?:\d{1,2}[:.]\d{2},?\s+)?$/i.test(
      slice.slice(Math.max(0, index - 36), index),
    );
  // A month and day matched by MONTH_DAY or DAY_MONTH, whose third group is the year.
  const absolute = (m: RegExpExecArray, month: number, day: number): DateFinding => ({
    at: from + m.index,
    end: from + m.index + m[0].length,
    type: 'absolute',
    year: m[3] ? Number(m[3]) : null,
    month,
    day,
    ...yearsBackAfter(m[3], slice, m.index + m[0].length),
  });
  if (month)
    for (const m of allMatches(MONTH_DAY, slice)) {
      if (aboutSomethingElse(m.index)) continue;
      const month = MONTHS[(m[1] ?? '').toLowerCase()];
      const day = Number(m[2]);
      if (month && day >= 1 && day <= 31 && !(/^may$/i.test(m[1] ?? '') && m[1] === 'may'))
        push(absolute(m, month, day));
    }
  if (month)
    for (const m of allMatches(DAY_MONTH, slice)) {
      if (aboutSomethingElse(m.index)) continue;
      // "4 Jan Novák": an abbreviated month followed by a name is a first name, not a date.
      if (
        (m[2] ?? '').length <= 4 &&
        !/^(?:may|june|july)$/i.test(m[2] ?? '') &&
        /^\s+\p{Lu}\p{Ll}/u.test(slice.slice(m.index + m[0].length))
      )
        continue;
      const month = MONTHS[(m[2] ?? '').toLowerCase()];
      const day = Number(m[1]);
      if (month && day >= 1 && day <= 31 && !(m[2] === 'may')) push(absolute(m, month, day));
    }
  if (digits && reportDate) for (const d of daysOfMonth(slice, from, reportDate)) push(d);
  if (weekday)
    for (const m of allMatches(WEEKDAY, slice))
      if (
        !WITHDREW_BEFORE.test(slice.slice(Math.max(0, m.index - 30), m.index)) &&
        // "on Tuesday training nights": a weekly habit, no day of a race.
        !HABIT_AFTER.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 20))
      )
        push({
          at: from + m.index,
          end: from + m.index + m[0].length,
          type: 'weekday',
          weekday: WEEKDAYS[(m[1] ?? '').toLowerCase()] ?? 0,
        });
  if (published)
    for (const m of allMatches(FROM_PUBLISHED, slice))
      push({
        at: from + m.index,
        end: from + m.index + m[0].length,
        type: 'published',
        days: m[1] ? -1 : m[2] ? -(numberValue(m[2]) ?? 0) : 0,
      });
  if (!relative) return sortByAt(out);
  // Every relative pattern but SAME_DAY names its unit: a day, a night, a week, an hour or a month.
  const withUnit = /day|week|fortnight|hour|night|month/i.test(slice);
  for (const m of withUnit ? allMatches(RELATIVE_LATER, slice) : []) {
    const days = m[5] ? 1 : units(m[1] ?? m[3] ?? '', m[2] ?? m[4] ?? '');
    if (days !== null)
      push({ at: from + m.index, end: from + m.index + m[0].length, type: 'relative', days });
  }
  for (const m of withUnit ? allMatches(RELATIVE_EARLIER, slice) : []) {
    const days = m[3] ? 1 : units(m[1] ?? '', m[2] ?? '');
    if (days !== null)
      push({ at: from + m.index, end: from + m.index + m[0].length, type: 'relative', days: -days });
  }
  for (const m of allMatches(SAME_DAY, slice))
    push({ at: from + m.index, end: from + m.index + m[0].length, type: 'relative', days: 0 });
  for (const m of withUnit ? allMatches(DAYS_AFTER_EVENT, slice) : []) {
    const days = units(m[1] ?? '', m[2] ?? '');
    if (days !== null)
      push({
        at: from + m.index,
        end: from + m.index + m[0].length,
        type: 'since',
        days: /after/i.test(m[3] ?? '') ? days : -days,
      });
  }
  for (const m of withUnit ? allMatches(WITHIN, slice) : []) {
    const n = numberValue(m[1] ?? '');
    if (n === null) continue;
    const unit = (m[2] ?? '').toLowerCase();
    const days = unit.startsWith('month') ? n * 31 : unit.startsWith('week') ? n * 7 : n;
    push({
      at: from + m.index,
      end: from + m.index + m[0].length,
      type: 'within',
      days,
      direction: /after|later/i.test(m[3] ?? '') ? 'after' : 'before',
    });
  }
  return sortByAt(out);
}

// The month of the report's date, or the month before when the day is still to come in it.
function daysOfMonth(slice: string, from: number, reportDate: string): DateFinding[] {
  const [year, month, day] = reportDate.split('-').map(Number) as [number, number, number];
  return allMatches(DAY_OF_MONTH, slice).flatMap((m) => {
    const told = Number(m[1]);
    const back = told > day;
    const y = back && month === 1 ? year - 1 : year;
    const mo = back ? (month === 1 ? 12 : month - 1) : month;
    if (told < 1 || isoOf(y, mo, told) === null) return [];
    return [
      {
        at: from + m.index,
        end: from + m.index + m[0].length,
        type: 'absolute',
        year: y,
        month: mo,
        day: told,
      },
    ];
  });
}

function units(n: string, unit: string): number | null {
  const v = numberValue(n);
  if (v === null) return null;
  return /^week/i.test(unit) ? v * 7 : /^fortnight/i.test(unit) ? v * 14 : /^hour/i.test(unit) ? 0 : v;
}

/** yyyy-mm-dd for a valid calendar date, else null. */
export function isoOf(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Adds days to a yyyy-mm-dd date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Day of the week of a yyyy-mm-dd date, 0 = Sunday. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

// "Dates: 23 July - 2 August": the days a meeting runs over, neither of them a race's.
const RANGE_MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';
const RANGE_AFTER = new RegExp(
  `^\\s*[-–—]\\s*(?:\\d{1,2}\\s+${RANGE_MONTH}|${RANGE_MONTH}\\.?\\s+\\d{1,2}\\b)`,
);
const RANGE_BEFORE = new RegExp(
  `(?:\\d{1,2}\\s+${RANGE_MONTH}|${RANGE_MONTH}\\.?\\s+\\d{1,2})\\s*[-–—]\\s*$`,
);
export function endOfRange(text: string, d: DateFinding): boolean {
  if (d.type !== 'absolute') return false;
  return (
    RANGE_AFTER.test(text.slice(d.end, d.end + 20)) ||
    RANGE_BEFORE.test(text.slice(Math.max(0, d.at - 20), d.at))
  );
}
