/**
 * "Men: 1. Gebremedhin (ETH) 2:03:58, 2. Langat (KEN) 2:04:20": results list entries that name the
 * runner by surname alone, which the bracketed country code marks as entries. readList takes such a
 * surname only when the articles name exactly one person in full with it.
 */
import { countryOf, RECORDS, TIME, type ListEntry } from './resultsList';

// (Made when first needed: resultsList, which this module's patterns come from, imports it.)
let entry: RegExp | undefined;

/** The surname-only entries of a folded results line (`offsetOf` maps folded to raw offsets). */
export function surnameEntries(
  folded: string,
  offsetOf: (i: number) => number | undefined,
  start: number,
): ListEntry[] {
  entry ??= new RegExp(
    `(?<![\\p{L}\\d.:])(\\d{1,2})(?:[.):]| ?-)? ((?:(?:van|de|da|di|du|le|la|von|el|al) )?\\p{Lu}[\\p{L}\\p{M}'-]+) ?\\((\\p{Lu}{3})\\),? ${TIME}${RECORDS}`,
    'gu',
  );
  const out: ListEntry[] = [];
  entry.lastIndex = 0;
  for (let m = entry.exec(folded); m; m = entry.exec(folded)) {
    const time = m[4] ?? '';
    if (/^(?:DNF|DNS|DQ|DSQ)$/.test(time)) continue;
    out.push({
      start: start + (offsetOf(m.index) ?? 0),
      end: start + (offsetOf(m.index + m[0].length) ?? folded.length),
      place: Number(m[1]),
      name: (m[2] ?? '').split(' '),
      country: countryOf(m[3] ?? ''),
      time,
      status: null,
      records: (m[5] ?? '').match(/[A-Z0-9]{2,5}/g) ?? [],
      surnameOnly: true,
    });
  }
  return out;
}
