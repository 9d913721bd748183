import type { ArticleFacts, RaceFrame } from './articleFacts';
import type { Competition, IsoDate, SourceSpan } from './types';
import { EDITIONS, KIND_NAMES, findEdition } from './lexicon/competitions';
import { resolveEdition } from './raceFrames';
import { laterEditionsAtHost } from './datedEditions';
import { settleYearsBack } from './pastEditions';
import { addDays, isoOf, weekdayOf } from './findDates';
import {
  datelineCity,
  findPublicationDate,
  publicationLines,
  type PublicationDate,
  type PublicationLine,
} from './findPublicationDate';
import { slugOf } from './slugOf';
import { settleMeetingWeekday } from './meetingDays';
import { mainFrame } from './mainFrame';
import { keepRunnersToOneSex } from './oneSexPerRunner';
import { findQuotes, type QuoteSpan } from './findQuotes';
import {
  CHAMPIONSHIPS,
  inheritMeetingDates,
  inheritReportDate,
  inheritSoleMeetingDay,
  joinSoleMeeting,
  ongoingYear,
  settleWeekdayBySibling,
  yearOfArticle,
  yearOfDay,
  yearOfWeekday,
} from './sharedDates';

/**
 * Settles what an article's frames are once it has been read whole: editions of championships
 * ("the Olympics" in an article that also says "Paris 2024"; a past "world championship victory"
 * is the latest edition before the article's main race), competitions with stable keys, and
 * dates (month and day with the competition's year, dates relative to other races, weekdays
 * against a dateline, and ranges such as "less than two months before the Games").
 */
export function finalizeFrames(
  facts: ArticleFacts,
  text: string,
  span: (a: number, b: number) => SourceSpan,
  datelines: readonly PublicationLine[] = publicationLines(text),
  // (The date a publication line states with its own year, as the reader found it.)
  stamped: string | null = findPublicationDate(text, null, datelines)?.date ?? null,
  quotes: readonly QuoteSpan[] = findQuotes(text),
): void {
  const frames = facts.frames;
  // "Published 20 March 2032 … in Glasgow on Saturday evening": not the Glasgow edition of 2024, and
  // neither is the semi-final run there that evening.
  const told = (f: RaceFrame): boolean => f.year === null && !f.historical && CHAMPIONSHIPS.has(f.kind ?? '');
  for (const f of frames) if (told(f)) f.year = yearOfDay(f, stamped) ?? yearOfWeekday(f, stamped);
  for (const f of frames) {
    if (told(f))
      f.year = frames.find((g) => !g.historical && g.kind === f.kind && g.city === f.city)?.year ?? null;
    resolveEdition(f);
    // "On 4 August 2032, in the Olympic final", told after the 2028 Games: the edition of its date.
    const dated = f.monthDay?.year ?? null;
    const edition = f.kind && dated !== null && dated !== f.year ? findEdition(f.kind, null, dated) : null;
    if (edition && CHAMPIONSHIPS.has(edition.kind)) {
      f.year = edition.year;
      f.city = edition.city;
    }
  }
  laterEditionsAtHost(frames, text, stamped);
  joinSoleMeeting(frames);
  keepRunnersToOneSex(facts);
  const used = new Set([
    ...facts.results.map((r) => r.frame),
    ...facts.narrative.map((n) => n.frame),
    ...facts.orderings.map((o) => o.frame),
    ...facts.absences.map((a) => a.frame),
  ]);
  const main = mainFrame(facts, used);
  const ongoing = ongoingYear(text);
  const articleYear =
    (stamped ? Number(stamped.slice(0, 4)) : null) ?? main?.year ?? ongoing ?? yearOfArticle(text, quotes);
  const cityFromDateline = datelineCity(text);
  const unyeared = frames.filter((f) => f.year === null);
  const published = findPublicationDate(text, articleYear, datelines);
  for (const f of frames) {
    if (!f.kind || !CHAMPIONSHIPS.has(f.kind) || f.year !== null || f.yearsBack) continue;
    // "Published: 10 July 2030 … at Eugene on Saturday 6 July": the day's year is the report's.
    // "Published 20 March 2032 … on Saturday evening": the report's week, not an edition named in passing.
    const dayYear = f.historical
      ? null
      : (yearOfDay(f, published?.date ?? null) ?? yearOfWeekday(f, published?.date ?? null));
    const year = dayYear ?? (f.historical ? null : ongoing);
    if (year !== null) {
      f.year = year;
      resolveEdition(f);
      continue;
    }
    const sameKind = frames.filter(
      (g) => g !== f && g.kind === f.kind && g.year !== null && g.editionOf === undefined,
    );
    const named = facts.editions
      .filter((e) => e.kind === f.kind)
      .map((e) => findEdition(e.kind, e.city, e.year)?.year ?? null)
      .filter((y): y is number => y !== null);
    // (Not one told as history two years or more before the report's own, "fifth at the 2035 Worlds".)
    const recent = (y: number | null): boolean =>
      f.historical || !stamped || (y ?? 0) >= (articleYear ?? 0) - 1;
    const years = [...new Set([...sameKind.map((g) => g.year), ...(f.historical ? [] : named)])].filter(
      recent,
    );
    // Not an edition from years before the article ("LONDON, …" in 2025 is not London 2017).
    const edition =
      !f.historical && cityFromDateline !== null ? findEdition(f.kind, cityFromDateline, null) : null;
    const datelined = edition && (articleYear === null || edition.year >= articleYear - 1) ? edition : null;
    if (years.length === 1 && !f.historical) {
      f.year = years[0] ?? null;
      resolveEdition(f);
    } else if (datelined) {
      // "TOKYO, Sept 16 (Reuters) - … at the World Championships": the edition held where the report is filed.
      f.year = datelined.year;
      f.city = datelined.city;
    } else if (articleYear !== null && !knownEditions(f)) {
      // "Pan American Games, Lima - distance results, Saturday 31 July 2027": the report's year.
      if (!f.historical) f.year = articleYear;
    } else if (articleYear !== null) {
      const before = EDITIONS.filter(
        (e) => e.kind === f.kind && (f.historical ? e.year < articleYear : e.year <= articleYear),
      );
      const e = before[before.length - 1];
      // A report of 2030 on "the European Championships in Lisbon": an edition newer than any known.
      const cycle = f.kind === 'olympics' || f.kind === 'commonwealth' ? 4 : 2;
      if (!f.historical && (!e || articleYear - e.year >= cycle)) f.year = articleYear;
      // (Nor, for a race told as past, an edition more than two cycles old: the list of editions ends
      // before the report's time.)
      else if (e && articleYear - e.year <= 2 * cycle) {
        f.year = e.year;
        f.city = e.city;
      }
    }
  }
  settleYearsBack(frames);
  // "Thornton, who had won the first semi-final on Sunday": a round, told as past, of the final the
  // report is on, and of its edition.
  for (const f of unyeared) {
    if (!f.historical || (f.round?.value !== 'semi-final' && f.round?.value !== 'heat')) continue;
    const final = frames.find(
      (g) =>
        !g.historical &&
        (f.kind === null || (g.kind === f.kind && g.year !== null)) &&
        g.round?.value === 'final' &&
        g.event?.value === f.event?.value &&
        g.sex?.value === f.sex?.value,
    );
    if (final) [f.kind, f.meetName, f.year, f.city] = [final.kind, final.meetName, final.year, final.city];
  }
  const dateline = published?.date ?? null;
  // Stated dates first, then weekdays against the dateline, then the report's own date for its main
  // race, then dates relative to those, and last what one-day meetings and same-day reports share.
  for (const f of frames) settleMonthDay(f, articleYear, dateline);
  for (const f of frames) settleMeetingWeekday(f, facts);
  for (const f of frames) if (!f.relative) settleWeekday(f, dateline, facts);
  datePublishedReport(main, published, span, frames, SAME_DAY_WORD.test(text));
  for (let pass = 0; pass < 3; pass++) for (const f of frames) settleRelative(f, frames);
  for (const f of frames) settleWeekday(f, dateline, facts);
  if (!dateline) {
    for (const f of frames) settleWeekdayBySibling(f, frames);
    for (const f of frames) settleRelative(f, frames);
  }
  inheritMeetingDates(frames);
  inheritReportDate(frames, main, dateline);
  inheritSoleMeetingDay(frames);
  for (const f of frames) {
    if (!f.year && f.date) f.year = Number(f.date.value.slice(0, 4));
    f.competition = competitionOf(f);
  }
}

// "today", "this afternoon", "this Sunday": a report that may tell of a race on its own day.
const SAME_DAY_WORD =
  /\b(?:today|tonight|this\s+(?:morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;

// A report whose main race the text never dates was filed the day of the race: it takes the
// publication date, with the publication line as its source. (Or the day before it, when the other
// races of its meeting, no multi-day championships, were run then and the report tells of no race
// today: "the final at the national trials yesterday".)
function datePublishedReport(
  main: RaceFrame | null,
  published: PublicationDate | null,
  span: (a: number, b: number) => SourceSpan,
  frames: readonly RaceFrame[],
  sameDay: boolean,
): void {
  if (!main || main.date || main.weekday || main.monthDay) return;
  // ("The final came less than three hours after the semi-finals", none of whose days is told: the
  // report's day is the final's, and the semi-finals' through it.)
  const anchor = main.relative ? frames[main.relative.anchor] : undefined;
  if (main.relative && (!anchor || anchor.date || anchor.weekday || anchor.monthDay || anchor.relative))
    return;
  const eve = published ? addDays(published.date, -1) : null;
  const siblings = frames.filter(
    (g) =>
      g !== main &&
      !g.historical &&
      g.date &&
      g.kind === main.kind &&
      g.meetName === main.meetName &&
      (g.round === null || g.round.value === 'final'),
  );
  const oneDay = !sameDay && !(main.kind !== null && CHAMPIONSHIPS.has(main.kind));
  const sibling = oneDay && siblings.every((g) => g.date?.value === eve) ? siblings[0] : undefined;
  if (sibling?.date) main.date = { value: sibling.date.value, sources: [...sibling.date.sources] };
  else if (published && (main.year === null || Number(published.date.slice(0, 4)) === main.year))
    main.date = { value: published.date as IsoDate, sources: [span(published.start, published.end)] };
}

function settleMonthDay(f: RaceFrame, articleYear: number | null, published: string | null): void {
  if (f.date || !f.monthDay) return;
  const back = f.monthDay.yearsBack;
  const year =
    f.monthDay.year ??
    (back && articleYear !== null
      ? articleYear - back
      : (f.year ?? (f.historical ? null : yearOfDay(f, published)) ?? articleYear));
  if (year === null) return;
  if (back) f.year = year;
  const iso = isoOf(year, f.monthDay.month, f.monthDay.day);
  if (iso) f.date = { value: iso as IsoDate, sources: [f.monthDay.source] };
}

function settleRelative(f: RaceFrame, frames: RaceFrame[]): void {
  if (f.date || !f.relative) return;
  const anchor = frames[f.relative.anchor];
  if (!anchor?.date) return;
  f.date = {
    value: addDays(anchor.date.value, f.relative.days) as IsoDate,
    sources: [...anchor.date.sources, f.relative.source],
  };
}

function settleWeekday(f: RaceFrame, dateline: string | null, facts: ArticleFacts): void {
  if (!f.weekday) return;
  if (f.date) {
    if (weekdayOf(f.date.value) !== f.weekday.weekday) {
      facts.issues.push({
        kind: 'weekday-mismatch',
        message: `The text calls ${f.date.value} a different day of the week.`,
        sources: [...f.date.sources, f.weekday.source],
      });
    }
    return;
  }
  if (!dateline) return;
  for (let back = 0; back < 7; back++) {
    const d = addDays(dateline, -back);
    // A weekday counts back from the report only for a race of the report's own year.
    if (f.year !== null && Number(d.slice(0, 4)) !== f.year) return;
    if (weekdayOf(d) === f.weekday.weekday) {
      f.date = { value: d as IsoDate, sources: [f.weekday.source] };
      return;
    }
  }
}

/** The competition a frame names, with a stable key and a display name. */
function competitionOf(f: RaceFrame): RaceFrame['competition'] {
  if (!f.kind && !f.meetName) return null;
  const kind = f.kind ?? 'meet';
  const edition = CHAMPIONSHIPS.has(kind) && (f.city || f.year) ? findEdition(kind, f.city, f.year) : null;
  const label = edition?.label ?? (f.year !== null ? String(f.year) : '');
  let name: string;
  if (kind === 'olympics') name = `${edition?.city ?? f.city ?? ''} ${label} Olympics`;
  else if (kind === 'world-championships' || kind === 'world-indoors')
    name = `${edition?.city ?? f.city ?? ''} ${label} ${KIND_NAMES[kind]}`;
  else if (kind === 'diamond-league') name = `${f.city ?? ''} Diamond League ${f.year ?? ''}`;
  else if (kind === 'grand-slam-track')
    name = `Grand Slam Track${f.city ? ` ${f.city}` : ''} ${f.year ?? ''}`;
  // "Berlin, September 2023." names a race by its city alone: "Berlin 2023".
  else name = `${f.meetName ?? (kind === 'meet' && f.city ? f.city : KIND_NAMES[kind])} ${f.year ?? ''}`;
  name = name.replace(/\s+/g, ' ').trim();
  const key = slugOf(
    `${kind} ${kind === 'meet' || kind === 'national' || kind === 'continental' ? (f.meetName ?? '') : ''} ${CHAMPIONSHIPS.has(kind) ? '' : (f.city ?? '')} ${f.year ?? ''}`,
  );
  const competition: Competition = { key, name, kind, city: edition?.city ?? f.city, year: f.year };
  return { value: competition, sources: [...f.mentions] };
}

/** The start date of a championship named in words ("the Paris Olympics", "the Games"). */
export function startOfNamed(kind: string | null, year: number | null): string | null {
  const e = EDITIONS.find((x) => x.kind === kind && x.year === year);
  return e?.start ?? null;
}

// The table of editions knows the European Championships only, of the continental championships.
const knownEditions = (f: RaceFrame): boolean =>
  f.kind !== 'continental' || f.meetName === null || /^European\b/.test(f.meetName);
