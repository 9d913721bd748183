import { countryCodeOf } from './lexicon/countries';
import { isNonNameWord, isSurnameWord } from './lexicon/nonNameWords';
import { ordinalValue } from './lexicon/numbers';
import { leadingCharCode } from './leadingCharCode';
import { inNameOrder } from './wordShape';
import { surnameEntries } from './surnameEntries';
import { fold } from './foldSpaces';
import {
  countryColumn,
  countryOf,
  cutAtColumn,
  listTime,
  NAME,
  NUMBERED_ROUND_LINE,
  RECORDS,
  SURNAME,
  TIME,
  withoutBib,
} from './listPatterns';
import type { ListEntry } from './listPatterns';

export type { ListEntry };

/** A results line's heading ("Men's mile: 1 Davis Keane …"), naming the race the entries belong to. */
export interface ListHeading {
  start: number;
  end: number;
}

// "1 - Jaheim Whitter (5) - 0.148 - 47.62": a lane in brackets and a reaction time may stand before
// the time. ("1. Callum Reddaway, Severn AC, 30:14", "3. Rosie Tranter, Stroud & District AC, 35:33":
// a club between commas; "112. Jonathan Keane, 41:09", "14. Ciarán Mac Giolla Phádraig, M40, 33:05": a
// big field's place and an age category; "4. Femke de Wit — W40 (1st!) — 21:48", the category's
// place after it.)
// "4. #71 - Aiden Two-Rivers NT (timing fault)": placed, with no time taken.
const TIME_OR_NONE = TIME.replace('|DNF|', '|NT(?= |$)|DNF|');
const ENTRY = new RegExp(
  `(?<![\\p{L}\\d.:])(\\d{1,2}|\\d{3}(?=\\.)|DNF|DNS|DQ|DSQ)(?:st|nd|rd|th)?(?:[.):,]| ?-)? ${NAME}(?: ?\\(([^()]{2,30}|\\d)\\)|,? (\\p{Lu}{3})\\b|, (\\p{Lu}[\\p{L}\\p{M}'.-]*(?: (?:&|\\p{Lu}[\\p{L}\\p{M}'.-]*)){0,3}),?|, (?:[MWFV]|SM|SW|U)\\d{2},?| ?[—–-] ?(?:[MWFV]|SM|SW|U)\\d{2}(?: \\([^()]{1,12}\\))?)?(?: ?[,:—–-])? ?(?:0\\.[12]\\d\\d ?[,:–-] ?)?${TIME_OR_NONE}${RECORDS}`,
  'gu',
);
const STATUSES = ['DNF', 'DNS', 'DQ', 'DSQ'];
// ("1, Yohannes Berhe Kidane, Eritrea, 3:54.8. 2, …": the agate style of the wires.)
const STARTS_LIST = /^(?:\d{1,2}(?:st|nd|rd|th)?|\d{3}\.|DNF|DNS|DQ|DSQ)(?:[.):,]| ?-)? \p{Lu}/u;
// "• 1st – Tom Ridley (Riverside Harriers) 30:12": a bulleted entry.
// ("– Bandar Al-Harbi KSA DQ (lane infringement)": a dash before an unplaced runner's line.)
const BULLET = /^\s*[•·▪‣◦*–-]\s+(?=\d|DNF|DNS|DQ|\p{Lu}[^\n]{2,40} \p{Lu}{3} (?:DNF|DNS|DQ|DSQ)\b)/u;
const UNPLACED = /^(\p{Lu}[\p{L}\p{M}'.-]*(?: \p{Lu}[\p{L}\p{M}'-]*){1,3}) (\p{Lu}{3}) (DNF|DNS|DQ|DSQ)\b/u;
const STATUS_FIRST =
  /^(DNF|DNS|DQ|DSQ) (\p{Lu}[\p{L}\p{M}'.-]*(?: \p{Lu}[\p{L}\p{M}'-]*){1,3}?)(?: \((\p{Lu}{3})\)| (\p{Lu}{3}))?(?: |$)/u;
// "Results: Men (10km): 1. Nahom Tesfay (ERI) 29:41; …": a heading may follow a "Results:" label.
// ("Men — 1, Marcus Delgado, Port Ellery, 31:14.": a heading set off by a dash, in the agate style.)
const HEADED = /^((?:[Rr]esults?: ?)?[^:]{2,48}?)(?:: ?| [—–-] )(?=\d{1,2}[.),]? \p{Lu})/u;
// A heading before entries that carry no place ("Women's 200m final (wind -0.3): Shanique Whyte …").
const HEADED_UNPLACED = /^([^:]{2,48}): ?(?=\p{Lu})/u;

/** The heading before the entries of a results line, if it has one. */
export function listHeading(text: string, start: number, end: number): ListHeading | null {
  const { folded, offsetOf } = fold(text.slice(start, end));
  const m = HEADED.exec(folded) ?? HEADED_UNPLACED.exec(folded);
  // ("Semi 2 - Adeyemi-Clarke 9.95, …": a finishing order's heading up to its dash.)
  const length = m?.[1] ? m[1].length + 1 : (ORDER_HEADED.exec(folded)?.[0].trimEnd().length ?? 0);
  return length > 0 ? { start: start + (offsetOf(0) ?? 0), end: start + (offsetOf(length) ?? 0) } : null;
}

/**
 * Reads the entries of a results list on one line. A line counts as a list when it starts with a
 * place number followed by a name and a time (or holds several such entries, separated by commas
 * or semicolons, perhaps after a heading), or is a row of a table (place | athlete | country | time).
 */
export function readResultsLine(text: string, start: number, end: number): ListEntry[] {
  const entries = readLine(text, start, end);
  for (const e of entries) {
    e.name = inNameOrder(e.name);
    if (e.time) e.time = listTime(e.time);
  }
  return entries;
}

function readLine(text: string, start: number, end: number): ListEntry[] {
  const bullet = BULLET.exec(text.slice(start, Math.min(end, start + 64)));
  if (bullet) return readLine(text, start + bullet[0].length, end);
  const line = withoutBib(text.slice(start, end));
  if (line.includes('|')) {
    // "[GRAPHIC: 1 T. NDLOVU RSA 1:57.03 MR | 2 M. KASPRZAK POL 1:57.41 | …]": a TV graphic's entries
    // set off by bars, which are no table's cells.
    const row = tableRow(line, start);
    if (row.length > 0) return row;
    const { folded, offsetOf } = fold(line);
    return surnameEntries(folded, offsetOf, start);
  }
  // Cheap gate before folding: a results line starts with a place, holds a status (DNF, DQ …), or
  // has a heading ("Men's mile:") and a digit. Prose sentences stop here.
  // (Each regex runs only where its text can be: a digit first, a colon.)
  const lead = leadingCharCode(line, 0, line.length);
  if (
    !(lead === -1 ? /^\s*\d/.test(line) : lead >= 48 && lead <= 57) &&
    !STATUSES.some((status) => line.includes(status)) &&
    !(line.includes(':') && /^\s*\p{Lu}[^:\n]{1,47}:/u.test(line) && /\d/.test(line)) &&
    !MEDAL_DASH.test(line) &&
    !NUMBERED_ROUND_LINE.test(line)
  )
    return [];
  const { folded, offsetOf } = fold(line);
  const unplaced = UNPLACED.exec(folded);
  const statusFirst = STATUS_FIRST.exec(folded);
  if (statusFirst?.[1] && statusFirst[2] && !/\d:\d\d|\d\.\d\d/.test(folded)) {
    const words = statusFirst[2].split(' ');
    if (words.length >= 2)
      return [
        {
          start: start + (offsetOf(0) ?? 0),
          end: start + (offsetOf(statusFirst[0].trimEnd().length) ?? line.length),
          place: null,
          name: words,
          country: countryOf(statusFirst[3] ?? statusFirst[4] ?? ''),
          time: null,
          status: statusOf(statusFirst[1]),
          records: [],
        },
      ];
  }
  if (unplaced?.[1] && unplaced[3]) {
    return [
      {
        start: start + (offsetOf(0) ?? 0),
        end: start + (offsetOf(unplaced[0].length) ?? line.length),
        place: null,
        name: unplaced[1].split(' '),
        country: countryOf(unplaced[2] ?? ''),
        time: null,
        status: statusOf(unplaced[3]),
        records: [],
      },
    ];
  }
  const labelled = LABELLED.exec(folded);
  if (labelled) return [labelledEntry(labelled, offsetOf, start, line.length)];
  if (!STARTS_LIST.test(folded) && !HEADED.test(folded)) return orderLine(folded, offsetOf, start);
  const out: ListEntry[] = [];
  ENTRY.lastIndex = 0;
  for (let m = ENTRY.exec(folded); m; m = ENTRY.exec(folded)) {
    const words = (m[2] ?? '').split(' ');
    let trailingCode: string | null = null;
    // ("3 Pieter DE VOS BEL 10.30": the country ends the codes, so the surname's "VOS" stays.)
    while (words.length > 2 && /^\p{Lu}{2,3}$/u.test(words[words.length - 1] ?? '')) {
      trailingCode = words.pop() ?? null;
      if (countryOf(trailingCode ?? '')) break;
    }
    // ("1  ROTICH  KEN  9:01.37": a surname alone and its country, read as such below.)
    if (words.length === 2 && /^\p{Lu}{3}$/u.test(words[1] ?? '') && countryOf(words[1] ?? '')) continue;
    const column = trailingCode ? null : countryColumn(words, line);
    if (!trailingCode && !column && words.length > 2) cutAtColumn(words, line);
    if (!isFullName(words)) continue;
    const code = m[3] ?? m[4] ?? trailingCode ?? column ?? (m[5] ? countryCodeOf(m[5]) : null);
    const raw = m[6] ?? '';
    const status = statusOf(/^\d/.test(m[1] ?? '') ? raw : (m[1] ?? ''));
    out.push({
      start: start + (offsetOf(m.index) ?? 0),
      end: start + (offsetOf(m.index + m[0].length) ?? line.length),
      place: /^\d/.test(m[1] ?? '') ? Number(m[1]) : null,
      name: words,
      country: code ? countryOf(code) : null,
      time: status || raw === 'NT' ? null : raw,
      status,
      records: (m[7] ?? '').match(/[A-Z0-9]{2,5}/g) ?? [],
    });
  }
  if (out.length === 0) return surnameEntries(folded, offsetOf, start);
  // ("Result: 1 Biwott (KEN) 8:51.62, 2 Alemayehu Gebre (ETH) 8:53.10": surnames alone beside full names.)
  const alone = out.some((e) => e.place !== null) ? surnameEntries(folded, offsetOf, start) : [];
  const more = alone.filter((e) => !out.some((o) => o.start < e.end && e.start < o.end));
  return more.length === 0 ? out : [...out, ...more].sort((a, b) => a.start - b.start);
}

// "Winner: Sindre Haugland (NOR), 3:30.41", "Gold - Henrik Solberg (NOR) 27:48.19": a place told by
// its label, then the runner and the time.
const LABEL_PLACE: Readonly<Record<string, number>> = { Winner: 1, Gold: 1, Silver: 2, Bronze: 3 };
// ("GOLD – Zofia Kowalczyk (POL) 4:00.41", "GOLD Matteo Ferrantelli (ITA) 9.912": the label in capitals.)
const MEDAL_DASH = /^\s*(?:(?:Gold|Silver|Bronze) [-–—]|(?:GOLD|SILVER|BRONZE)(?: [-–—])?) \p{Lu}/u;
const LABELLED = new RegExp(
  `^(Winner|Runner-up|Second|Third|Gold|Silver|Bronze|WINNER|RUNNER-UP|SECOND|THIRD|GOLD|SILVER|BRONZE)(?::| [-–—]|(?<=\\p{Lu}{4})) ${NAME}(?: ?\\((\\p{Lu}{3})\\)|,? (\\p{Lu}{3})\\b)?,? ${TIME}${RECORDS}$`,
  'u',
);
function labelledEntry(
  m: RegExpExecArray,
  offsetOf: (i: number) => number | undefined,
  start: number,
  length: number,
): ListEntry {
  const code = m[3] ?? m[4] ?? null;
  const status = statusOf(m[5] ?? '');
  const label = (m[1] ?? '').charAt(0) + (m[1] ?? '').slice(1).toLowerCase();
  return {
    start: start + (offsetOf(0) ?? 0),
    end: start + (offsetOf(m[0].length) ?? length),
    place: LABEL_PLACE[label] ?? ordinalValue(label),
    name: (m[2] ?? '').split(' '),
    country: code ? countryOf(code) : null,
    time: status ? null : (m[5] ?? null),
    status,
    records: (m[6] ?? '').match(/[A-Z0-9]{2,5}/g) ?? [],
  };
}

// "Final order: Okafor 47.38, van Dijk 47.61, …, with Ruiz not finishing", "SF1: Sato 20.29, Wei
// 20.35": a finishing order told in one line of surnames, each with its time, in place order.
const ORDER_HEADED =
  /^(?:(?:the )?(?:final|finishing) order|order of finish|(?:the )?finishing positions|placings|(?:the )?top (?:three|four|five|six|seven|eight|ten|\d{1,2})(?: home)?|(?:SF|H) ?[1-9]|(?:heat|semi(?:-?final)?) [1-9])(?:: |(?<=\d) [-–—] )/i;
// ("Semi 2 - Adeyemi-Clarke 9.95, Kacper Wiśniewski (POL) third in 10.11 (out)": a code, the place
// in words when it is the next one, and whether the runner went through.)
const ORDER_ENTRY = new RegExp(
  `^(${SURNAME}(?: ${SURNAME}){0,3}) (?:\\(([A-Z]{3})\\) )?(?:(\\p{Ll}+) in )?${TIME}${RECORDS}(?: \\((?:out|through|[Qq])\\))?$`,
  'u',
);
const ORDER_SEPARATOR = /[,;] (?:and )?| and /;
const ORDER_SEPARATOR_AT = /^(?:[,;] (?:and )?| and )/;
const ORDER_UNFINISHED = new RegExp(
  `^(?:with )?(${SURNAME}(?: ${SURNAME}){0,3}) (?:not finishing|failing to finish|(DNF|DNS|DQ|DSQ))$`,
  'u',
);

function orderLine(folded: string, offsetOf: (i: number) => number | undefined, start: number): ListEntry[] {
  const heading = ORDER_HEADED.exec(folded);
  if (!heading) return [];
  const out: ListEntry[] = [];
  const body = folded.replace(/[.;]\s*$/, '');
  let at = heading[0].length;
  let placed = 0;
  for (const part of body.slice(at).split(ORDER_SEPARATOR)) {
    const entryStart = at;
    at += part.length;
    at += (ORDER_SEPARATOR_AT.exec(body.slice(at))?.[0] ?? '').length;
    const timed = ORDER_ENTRY.exec(part);
    const unfinished = timed ? null : ORDER_UNFINISHED.exec(part);
    const name = timed?.[1] ?? unfinished?.[1];
    if (!name || name.split(' ').some((w) => isNonNameWord(w) && !isSurnameWord(w))) return [];
    if (timed?.[3] && ordinalValue(timed[3]) !== placed + 1) return [];
    const raw = timed?.[4] ?? unfinished?.[2] ?? 'DNF';
    const status = statusOf(raw);
    const nameAt = entryStart + part.indexOf(name);
    out.push({
      start: start + (offsetOf(timed ? entryStart : nameAt) ?? 0),
      end: start + (offsetOf(entryStart + part.length) ?? 0),
      place: status ? null : ++placed,
      name: name.split(' '),
      country: timed?.[2] ? countryOf(timed[2]) : null,
      time: status ? null : raw,
      status,
      records: (timed?.[5] ?? '').match(/[A-Z0-9]{2,5}/g) ?? [],
      // (A name with its country code, "Kacper Wiśniewski (POL)", is written in full.)
      surnameOnly: !(timed?.[2] && /^\p{Lu}\S* \p{Lu}/u.test(name)),
    });
  }
  return out.length >= 2 ? out : [];
}

function tableRow(line: string, start: number): ListEntry[] {
  const cells = line.split('|').map((c) => c.trim());
  const filled = cells.filter((c) => c.length > 0);
  const [place, name, country, timeCell] = filled.length >= 4 ? filled : [];
  if (!place || !name || !timeCell || !/^\d{1,2}$/.test(place)) return [];
  const words = name.split(/\s+/);
  const time = timeCell.split(/\s+/)[0] ?? '';
  if (words.length < 2 || !/^(?:\d|DNF|DNS|DQ)/.test(time)) return [];
  const status = statusOf(time);
  const lead = line.length - line.trimStart().length;
  return [
    {
      start: start + lead,
      end: start + line.trimEnd().length,
      place: Number(place),
      name: words,
      country: country ? countryOf(country) : null,
      time: status ? null : time,
      status,
      records: timeCell.match(/\b(?:PB|SB|NR|AR|OR|WR|CR|MR|WL)\b/g) ?? [],
    },
  ];
}

/** Whether the words of an entry can be a runner's full name: two words at least, none of them prose. */
export function isFullName(words: readonly string[]): boolean {
  return (
    words.length >= 2 &&
    !words.some(
      (w, i) =>
        isNonNameWord(w) && !/^(?:de|van|der|da|le|la|di|el|al)$/.test(w) && !(i > 0 && isSurnameWord(w)),
    )
  );
}

export function statusOf(raw: string): ListEntry['status'] {
  return /^DNF/.test(raw) ? 'dnf' : /^DNS/.test(raw) ? 'dns' : /^DS?Q/.test(raw) ? 'dq' : null;
}
