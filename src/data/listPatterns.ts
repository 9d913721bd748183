/**
 * The patterns results lines are read with (runners' names, times, record marks) and the country
 * code of a list entry, shared by the readers of results lists.
 */
import { countryCodeOf, COUNTRY_CODES } from './lexicon/countries';

/** One entry of a results list: "1. Mary Wanjiru (KEN) 3:51.29 OR", "2 Tom Hale GBR 3:31.58", "| 3 | … |". */
export interface ListEntry {
  start: number;
  end: number;
  place: number | null;
  name: string[];
  country: string | null;
  time: string | null;
  status: 'dnf' | 'dns' | 'dq' | null;
  records: string[];
  /** True when the entry names the runner by surname only ("Final order: Okafor 47.38, …"). */
  surnameOnly?: boolean;
  /** The race's sex, told in the row itself (a table's "Race" column of "Women" and "Men"). */
  sex?: 'men' | 'women';
}

// The line is read with every run of white space folded to one space (`fold`), so these patterns
// need no `\s*` next to each other and cannot backtrack badly on long lines.
// ("Jordan St. Pierre", "Marcus DeShields Jr.": a later word may be a short abbreviation.)
export const NAME =
  "(\\p{Lu}[\\p{L}\\p{M}'.-]*(?: (?:(?:van|der|de|da|dos|du|del|di|le|la|von|ter|den|al|el|['’]t) )*\\p{Lu}(?:\\p{Ll}{0,2}\\.|[\\p{L}\\p{M}'-]*)){1,3})";
// ("13''09", "3'39''12": times as French papers write them.)
export const TIME =
  "(\\d{1,2} ?hr \\d{1,2} ?min \\d{1,2} ?sec|\\d{1,2}['’]\\d{2}(?:''|\"|″)\\d{1,2}|\\d{1,3}(?:''|\"|″)\\d{2}|\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?|\\d{1,3}:\\d{2}(?:\\.\\d{1,3})?|\\d{1,3}\\.\\d{1,3}|DNF|DNS|DQ|DSQ)";
export const RECORDS = '((?: ?\\(?=?(?:PB|SB|NR|AR|OR|WR|CR|MR|WL|DLR|WU20R)\\)?)*)';
// "Semi 3 - Lindqvist 10.02 won it …", "SF1: Sato 20.29, …": a live blog's line that opens on a
// numbered heat or semi-final.
export const NUMBERED_ROUND_LINE = /^\s*(?:semi|heat|SF|H)\S* ?[1-9] ?[-–—:] /i;
// A surname in a list, with its particles ("van Heerden").
export const SURNAME =
  "(?:(?:van|der|de|da|dos|du|del|di|le|la|von|ter|den|al|el|['’]t) )*\\p{Lu}[\\p{L}\\p{M}'-]*";

/** The IOC code a list entry's country is written as ("KEN", "(Eth)", "Kenya"), or null. */
export function countryOf(code: string): string | null {
  if (COUNTRY_CODES.has(code)) return code;
  // "(Eth)", "(Ken)": a code written with one capital.
  const upper = /^\p{Lu}\p{Ll}{2}$/u.test(code) ? code.toUpperCase() : '';
  return COUNTRY_CODES.has(upper) ? upper : countryCodeOf(code);
}

/**
 * "1. Joao Victor Nascimento      Brazil      20.51  Q": a country's name in a column of its own, set
 * off by wide space, read as the last words of the name; takes them off and gives its code.
 */
export function countryColumn(words: string[], line: string): string | null {
  for (let k = 2; k >= 1; k--) {
    if (words.length - k < 2) continue;
    const name = words.slice(-k).join(' ');
    const code = countryCodeOf(name);
    if (!code || !/^\p{Lu}\p{Ll}/u.test(name)) continue;
    const at = line.lastIndexOf(name);
    if (
      at < 2 ||
      !/(?: {2}|\t)$/.test(line.slice(0, at)) ||
      !/^(?: {2}|\t)/.test(line.slice(at + name.length))
    )
      continue;
    words.length -= k;
    return code;
  }
  return null;
}

/**
 * "1  Python-Berset Noémie     CA Fribourg          8.04": a name set in its own column, with a club
 * after it in the next. Cuts `words` at the first gap of two spaces or a tab in `line`, when two words
 * at least stand before it.
 */
export function cutAtColumn(words: string[], line: string): void {
  let at = line.indexOf(words[0] ?? '');
  if (at < 0) return;
  for (let k = 1; k < words.length; k++) {
    const end = at + (words[k - 1] ?? '').length;
    const next = line.indexOf(words[k] ?? '', end);
    if (next < 0) return;
    if (k >= 2 && / {2}|\t/.test(line.slice(end, next))) {
      words.length = k;
      return;
    }
    at = next;
  }
}

/** A list time as parseTime reads it: "13''09" → "13.09", "3'39''12" → "3:39.12"; others as written. */
export function listTime(raw: string): string {
  return raw.replace(/^(\d{1,2})['’](\d{2})(?:''|"|″)/, '$1:$2.').replace(/^(\d{1,3})(?:''|"|″)/, '$1.');
}

// "1. #118 - Owen Tremblay-Nakamura (M20-29, Westside TC) 4:01.87": a bib number after the place,
// blanked so the entry reads as any other (same length, so offsets hold).
const BIB = /^(\s*\d{1,3}[.)]?\s+)#\d{1,5}(?:\s+[-–—])?(?=\s)/;
export const withoutBib = (line: string): string =>
  line.includes('#')
    ? line.replace(BIB, (m, place: string) => place + ' '.repeat(m.length - place.length))
    : line;
