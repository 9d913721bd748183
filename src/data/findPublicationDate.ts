import { endOfRange, findDates, isoOf, type DateFinding } from './findDates';
import { findMeetingDays } from './meetingDays';
import { allMatches } from './allMatches';

/** The date an article was published or filed, and the line that says it. */
export interface PublicationDate {
  date: string;
  start: number;
  end: number;
  /** The line is only a date (a header), not a dateline that goes on into the report. */
  headerOnly: boolean;
}

// The words a publication stamp opens with ("Posted on …", "Updated: …").
const STAMP_WORDS = 'Published|Updated|Posted|Last updated|First published|For immediate release';
// A stamp line ("Posted on Monday 23 July 2029 by …", a podcast's "Released …") dates the report, never a race.
const STAMP = new RegExp(`^\\s*(?:${STAMP_WORDS}|Released|Aired)\\b`);
// A wire dateline's city in capitals: "TOKYO," or "LOS ANGELES,". "CBC Sports · Posted: Jul 23, 2028":
// a publication stamp after the outlet's name.
const CITY = '\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,})*';
const CAPITAL_CITY = new RegExp(`^\\s*(${CITY}),`, 'u');
const DATELINE = new RegExp(
  `\\((?:Reuters|AP|AFP|PA|dpa|Xinhua|EFE|ANSA|Kyodo|AAP|PTI|Yonhap|TASS|NTB|SID|APA|Belga|CP)\\)|(?:^|[·|•–—]\\s*)(?:${STAMP_WORDS})\\b|^\\s*${CITY},`,
  'u',
);

// A bar or dash set between a line's fields.
const FIELD_BAR = /\s[-–—|·•]\s/g;

/** A line near the top of an article that dates it; the year may be left to the caller. */
export interface PublicationLine {
  start: number;
  end: number;
  headerOnly: boolean;
  year: number | null;
  month: number;
  day: number;
}

/**
 * Finds the publication date near the top of an article: a dateline ("PARIS, Aug 10 (Reuters) -"),
 * an "Updated …"/"Published …" line, or a short line that is only a date, perhaps with a byline,
 * weekday or time ("By Pieter Smeets | 13 April 2025 | 4 min read", "Fri 9 Aug 2024 22.05 BST").
 * Such a date dates the report, not a race; weekdays in the text count back from it. A line
 * without a year takes `fallbackYear`, and is passed over when that is null. Pass the article's
 * `publicationLines` when they are already read.
 */
export function findPublicationDate(
  text: string,
  fallbackYear: number | null,
  lines: readonly PublicationLine[] = publicationLines(text),
): PublicationDate | null {
  // A wire dateline in the body ("ROME, 5 June 2031 — …") is the day of the report's events, before a
  // header's later date ("[… Original published in …, 6 June 2031]").
  const ordered = [...lines.filter((l) => !l.headerOnly), ...lines.filter((l) => l.headerOnly)];
  for (const line of ordered) {
    const year = line.year ?? fallbackYear;
    const iso = year !== null ? isoOf(year, line.month, line.day) : null;
    if (iso) return { date: iso, start: line.start, end: line.end, headerOnly: line.headerOnly };
  }
  return null;
}

/** Every line among the first twelve that reads as a dateline or a date header, in order. */
export function publicationLines(text: string): PublicationLine[] {
  const out: PublicationLine[] = [];
  let start = 0;
  // Whether a paragraph of prose came before the line (a newsletter's "Saturday 10 January 2037,
  // Hartwell Common" under a later heading dates that section's race, not the piece).
  let prose = false;
  for (let line = 0; line < 12 && start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const body = text.slice(start, end);
    const afterProse = prose;
    if (body.length > 100) prose = true;
    if (!/\d/.test(body)) {
      start = end + 1;
      continue;
    }
    // ("Venue: Glasgow | Dates: 23 July - 2 August", "… Santry — Saturday 26 and Sunday 27 July 2031": a
    // meeting's days, no publication date.)
    if (findMeetingDays(body, 0, body.length).length > 0) {
      start = end + 1;
      continue;
    }
    const dates = findDates(body, 0, body.length);
    const date = dates.find((d) => d.type === 'absolute' && !endOfRange(body, d)) ?? numericDate(body);
    if (date && date.type === 'absolute') {
      // "Madrid, 31 Dec (EFE).- … this Sunday, 31 December 2023": the line's own year for its day.
      let year = date.year;
      for (const d of dates)
        if (year === null && d.type === 'absolute' && d.month === date.month && d.day === date.day)
          year = d.year;
      const rest = (body.slice(0, date.at) + body.slice(date.end)).replace(
        /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?|\d{1,2}[.:]\d{2}\s*(?:[AP]\.?M\.?)?|[AP]M|[A-Z]{2,4}T\b|BST|GMT|CET|EDT|EST|PDT|PST|\|/g,
        ' ',
      );
      const shortLine =
        rest
          .replace(
            /\bBy\s+[\p{L} .'-]+|\d+\s*min(?:ute)?s?\s+read|Published|Updated|Posted|Last updated|on\b/giu,
            ' ',
          )
          .replace(/\s+/g, ' ')
          .trim().length <= 12;
      // "Race report | Frankfurt, Sunday 26 October 2025", "Newsletter · Monday, June 2, 2025 · ~7 min
      // read", "SOUTHERN SPAIN SUN — Sport — Monday 15 January 2035": a short line of fields set apart
      // by bars, dots or dashes (the date last: "PARIS, Aug 10 (Reuters) - Moss won" goes on).
      // "THE NORTHERN COURIER — Saturday 12 August 2034 — SPORT": a masthead's fields in capitals.
      const barred =
        (/[|·•]/.test(body) ||
          (/\s[-—–]\s/.test(body) && (body.slice(date.end).trim() === '' || !/\p{Ll}/u.test(rest)))) &&
        body.length <= 100;
      // "Morton Stadium, Santry, Sunday 27 July 2025": a short line of place fields ending on the date.
      // (Or opening on the date, then the place, before any prose: "Saturday 18 March 2034, Arena Toruń".)
      const placed =
        body.length <= 80 &&
        body.includes(',') &&
        (body.slice(date.end).trim() === '' ||
          (!afterProse &&
            /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$/.test(body.slice(0, date.at)) &&
            /^,\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*$/u.test(body.slice(date.end).trimEnd())));
      const stamp = STAMP.test(body);
      // "[Translated from the Japanese. Original published in a national sports daily, 5 May 2036.]":
      // a note that says when the piece was published ("… from L'Écho des Alpes, edition of Friday 11 July
      // 2036."), ending on that date (or its sentence ending
      // there: "… Sport, Friday 4 June 2032. Times are given in …"; or on its section and page: "…,
      // Sunday 29 July 2029, sport section, p. 31.]").
      const noted =
        /\b(?:published|posted|updated|appeared|recorded|aired|broadcast|(?:edition|issue)\s+of)\b/i.test(
          body.slice(0, date.at),
        ) &&
        /^[\s.)\]]*$|^\.\s+\p{Lu}|^,\s+\p{L}+(?: \p{L}+){0,4}(?:,\s*(?:p|pp|page)\.?\s*\d+)?[\s.)\]]*$/u.test(
          body.slice(date.end),
        );
      // "Sunday 23 November 2036. Heavy sand, strong north-westerly, 7C.", "Hamburg, Sunday, 27 April
      // 2031. Bright sunshine …": a line that opens on a full date (after its place), then notes of the day
      // ("Saturday 23 February 2030 – written on the train home": or a note after a dash).
      const opens =
        date.year !== null &&
        /^\s*(?:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2},\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$/u.test(
          body.slice(0, date.at),
        ) &&
        (/^\.(?:\s|$)/.test(body.slice(date.end)) ||
          (/^\s+[–—-]\s/.test(body.slice(date.end)) && !body.slice(0, date.at).includes(',')));
      // "Atletiekbond (National Athletics Union) – news, 16 February 2037 – machine-translated from the
      // Dutch": a longer line of fields set apart by dashes, one of them only the (full) date.
      const head = body.slice(0, date.at);
      const field = head.slice(Math.max(...allMatches(FIELD_BAR, head).map((m) => m.index + m[0].length), 0));
      const tail = body.slice(date.end);
      const cut = tail.search(FIELD_BAR);
      const fielded =
        date.year !== null &&
        field.length < head.length &&
        /^\s*(?:\p{L}+,?\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$/u.test(field) &&
        (cut < 0 ? tail : tail.slice(0, cut)).trim() === '' &&
        !/[.!?]\s*$/.test(body);
      if (DATELINE.test(body) || shortLine || barred || placed || noted || opens || fielded) {
        out.push({
          start,
          end,
          headerOnly: shortLine || placed || stamp || barred || noted || opens || fielded,
          year,
          month: date.month,
          day: date.day,
        });
      }
    }
    start = end + 1;
  }
  return out;
}

/**
 * "Published on 26/08/2031 at 23:14": a date in figures, day first unless the first number cannot
 * be a day's month-mate ("08/26/2031" is month first).
 */
function numericDate(body: string): Extract<DateFinding, { type: 'absolute' }> | undefined {
  const m = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b/.exec(body);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const [day, month] = b > 12 ? [b, a] : [a, b];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { at: m.index, end: m.index + m[0].length, type: 'absolute', year: Number(m[3]), month, day };
}

/**
 * The city a wire report is filed from, in title case: "TOKYO, Sept 16 (Reuters) -" → "Tokyo",
 * "LOS ANGELES, July 14 -" → "Los Angeles". Only a capitalised dateline in the first lines counts.
 */
export function datelineCity(text: string): string | null {
  for (const line of text.slice(0, 600).split('\n', 6)) {
    const city = CAPITAL_CITY.exec(line)?.[1];
    if (city)
      return city
        .toLowerCase()
        .replace(/(^|[ -])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
  }
  return null;
}

// "Kampala, 1 October 2035 - The federation congratulates …": a town, then the date, opening a line.
const DATELINE_OPENING = /^[ \t]*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2},[ \t]*$/u;

/**
 * Whether `d` is a dateline's date at the head of a paragraph that states the race's own date later
 * ("Kampala, 1 October 2035 - … on winning the title in Kraków on Sunday 30 September 2035"): the
 * day of the release, not of the race.
 */
export function datelineBefore(text: string, d: DateFinding, all: readonly DateFinding[]): boolean {
  if (d.type !== 'absolute' || !all.some((o) => o.type === 'absolute' && o.at > d.end)) return false;
  const lineStart = text.lastIndexOf('\n', d.at - 1) + 1;
  return (
    DATELINE_OPENING.test(text.slice(lineStart, d.at)) &&
    /^\s*(?:\([^()]{1,12}\)\s*)?[-—–]/.test(text.slice(d.end, d.end + 16))
  );
}
