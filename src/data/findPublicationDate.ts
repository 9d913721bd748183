import { findDates, isoOf } from './findDates';

/** The date an article was published or filed, and the line that says it. */
export interface PublicationDate {
  date: string;
  start: number;
  end: number;
  /** The line is only a date (a header), not a dateline that goes on into the report. */
  headerOnly: boolean;
}

const DATELINE = /\((?:Reuters|AP|AFP|PA|dpa|Xinhua)\)|^\s*(?:Published|Updated|Posted|Last updated|First published)\b|^\s*\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*,/u;

/**
 * Finds the publication date near the top of an article: a dateline ("PARIS, Aug 10 (Reuters) -"),
 * an "Updated …"/"Published …" line, or a short line that is only a date, perhaps with a byline,
 * weekday or time ("By Pieter Smeets | 13 April 2025 | 4 min read", "Fri 9 Aug 2024 22.05 BST").
 * Such a date dates the report, not a race; weekdays in the text count back from it.
 */
export function findPublicationDate(text: string, fallbackYear: number | null): PublicationDate | null {
  let start = 0;
  for (let line = 0; line < 12 && start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const body = text.slice(start, end);
    if (!/\d/.test(body)) {
      start = end + 1;
      continue;
    }
    const date = findDates(body, 0, body.length).find((d) => d.type === 'absolute');
    if (date && date.type === 'absolute') {
      const rest = (body.slice(0, date.at) + body.slice(date.end)).replace(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?|\d{1,2}[.:]\d{2}\s*(?:[AP]\.?M\.?)?|[AP]M|[A-Z]{2,4}T\b|BST|GMT|CET|EDT|EST|PDT|PST|\|/g, ' ');
      const shortLine = rest.replace(/\bBy\s+[\p{L} .'-]+|\d+\s*min(?:ute)?s?\s+read|Published|Updated|Posted|Last updated|on\b/giu, ' ').replace(/\s+/g, ' ').trim().length <= 12;
      if (DATELINE.test(body) || shortLine) {
        const year = date.year ?? fallbackYear;
        const iso = year !== null ? isoOf(year, date.month, date.day) : null;
        if (iso) return { date: iso, start, end, headerOnly: shortLine };
      }
    }
    start = end + 1;
  }
  return null;
}
