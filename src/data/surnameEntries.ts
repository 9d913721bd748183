/**
 * "Men: 1. Gebremedhin (ETH) 2:03:58, 2. Langat (KEN) 2:04:20": results list entries that name the
 * runner by surname alone, which the country code (bracketed, or bare in a TV graphic's "1  ROTICH  KEN
 * 9:01.37") marks as entries. readList takes such a
 * surname only when the articles name exactly one person in full with it. Also a line that is one
 * placed entry without a time ("3. Imogen Ashcroft-Barnes (GBR) — time still being confirmed").
 */
import type { ListEntry } from './resultsList';
import { countryOf, NAME, RECORDS, SURNAME, TIME } from './listPatterns';

const ENTRY = new RegExp(
  `(?<![\\p{L}\\d.:])(\\d{1,2})(?:[.):]| ?-)? (?:\\p{Lu}\\. )?(${SURNAME}(?: \\p{Lu}{2,}(?=[ -])[\\p{Lu}'-]*){0,2})(?: ?\\((\\p{Lu}{3})\\),?| (\\p{Lu}{3})) ${TIME}${RECORDS}`,
  'gu',
);

/** The surname-only entries of a folded results line (`offsetOf` maps folded to raw offsets). */
export function surnameEntries(
  folded: string,
  offsetOf: (i: number) => number | undefined,
  start: number,
): ListEntry[] {
  const out: ListEntry[] = [];
  ENTRY.lastIndex = 0;
  for (let m = ENTRY.exec(folded); m; m = ENTRY.exec(folded)) {
    const code = m[3] ?? m[4] ?? '';
    // ("1  ROTICH  KEN  9:01.37": a code set bare after the surname must be a country's.)
    if (!countryOf(code)) continue;
    const time = m[5] ?? '';
    if (/^(?:DNF|DNS|DQ|DSQ)$/.test(time)) continue;
    out.push({
      start: start + (offsetOf(m.index) ?? 0),
      end: start + (offsetOf(m.index + m[0].length) ?? folded.length),
      place: Number(m[1]),
      name: (m[2] ?? '').split(' '),
      country: countryOf(code),
      time,
      status: null,
      records: (m[6] ?? '').match(/[A-Z0-9]{2,5}/g) ?? [],
      surnameOnly: true,
    });
  }
  return out.length > 0 ? out : untimedEntry(folded, offsetOf, start);
}

// "3. Imogen Ashcroft-Barnes (GBR) — time still being confirmed after a chip problem": a place and a
// runner with a country code, and words instead of a time.
const UNTIMED = new RegExp(`^(\\d{1,2})[.)] ${NAME} ?\\((\\p{Lu}{3})\\)(?: ?[—–-] ?\\p{Ll}[^\\d]*)?$`, 'u');

/** A placed entry without a time, its line only that entry. */
function untimedEntry(
  folded: string,
  offsetOf: (i: number) => number | undefined,
  start: number,
): ListEntry[] {
  const m = UNTIMED.exec(folded.trimEnd());
  const country = m ? countryOf(m[3] ?? '') : null;
  if (!m || !country) return [];
  return [
    {
      start: start + (offsetOf(0) ?? 0),
      end: start + (offsetOf(m[0].length) ?? folded.length),
      place: Number(m[1]),
      name: (m[2] ?? '').split(' '),
      country,
      time: null,
      status: null,
      records: [],
    },
  ];
}
