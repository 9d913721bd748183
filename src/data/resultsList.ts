import { countryCodeOf, COUNTRY_CODES } from './lexicon/countries';
import { isNonNameWord } from './lexicon/nonNameWords';

/** One line of a results list: "1. Faith Kipyegon (KEN) 3:51.29 OR", "2 Josh Kerr GBR 3:27.79", "| 3 | … |". */
/** A results line's heading ("Men's mile: 1 Davis Keane …"), naming the race the entries belong to. */
export interface ListHeading {
  start: number;
  end: number;
}

export interface ListEntry {
  start: number;
  end: number;
  place: number | null;
  name: string[];
  nameStart: number;
  country: string | null;
  time: string | null;
  status: 'dnf' | 'dns' | 'dq' | null;
  records: string[];
}

const NAME = "(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:van|der|de|da|dos|du|del|di|le|la|von|ter|den|al|el)\\s+)*\\p{Lu}[\\p{L}\\p{M}'’-]*){1,3})";
const TIME = '(\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?|\\d{1,3}:\\d{2}(?:\\.\\d{1,3})?|\\d{1,3}\\.\\d{1,3}|DNF|DNS|DQ|DSQ)';
const RECORDS = '((?:\\s*\\(?(?:=?PB|=?SB|NR|AR|OR|WR|CR|MR|WL|DLR|WU20R)\\)?)*)';
const ENTRY = new RegExp(
  `(?:^|(?<=[,;]\\s*)|(?<=\\s))(\\d{1,2})(?:\\.|\\)|:|\\s*-)?\\s+${NAME}\\s*(?:\\((\\p{Lu}{3})\\)|,?\\s+(\\p{Lu}{3})\\b|,\\s*(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)\\s*,?)?\\s*[,:–-]?\\s*${TIME}${RECORDS}`,
  'gu',
);
const HEADED = /^\s*[^:\n]{2,48}?:\s*\d{1,2}(?:\.|\))?\s+\p{Lu}/u;
const PIPE_ROW = /^\s*\|?\s*(\d{1,2})\s*\|\s*([^|]+?)\s*\|\s*([^|]*?)\s*\|\s*([^|]+?)\s*\|?\s*$/;

/** The heading before the entries of a results line, if it has one. */
export function listHeading(text: string, start: number, end: number): ListHeading | null {
  const m = /^(\s*)([^:\n]{2,48}?):\s*(?=\d{1,2}(?:\.|\))?\s+\p{Lu})/u.exec(text.slice(start, end));
  return m ? { start: start + (m[1]?.length ?? 0), end: start + (m[1]?.length ?? 0) + (m[2]?.length ?? 0) } : null;
}

/**
 * Reads the entries of a results list on one line. A line counts as a list when it starts with a
 * place number followed by a name and a time (or holds several such entries, comma-separated),
 * or is a row of a pipe table (place | athlete | country | time).
 */
export function readResultsLine(text: string, start: number, end: number): ListEntry[] {
  const line = text.slice(start, end);
  const pipe = PIPE_ROW.exec(line);
  if (pipe) return pipeEntry(pipe, start, line);
  if (!/^\s*\d{1,2}(?:\.|\)|:|\s*-)?\s+\p{Lu}/u.test(line) && !HEADED.test(line)) return [];
  const out: ListEntry[] = [];
  ENTRY.lastIndex = 0;
  for (let m = ENTRY.exec(line); m; m = ENTRY.exec(line)) {
    const words = (m[2] ?? '').split(/\s+/);
    let trailingCode: string | null = null;
    while (words.length > 2 && /^\p{Lu}{2,3}$/u.test(words[words.length - 1] ?? '')) trailingCode = words.pop() ?? null;
    if (words.some((w) => isNonNameWord(w) && !/^(?:de|van|der|da|le|la|di|el|al)$/.test(w)) || words.length < 2) continue;
    const code = m[3] ?? m[4] ?? trailingCode ?? (m[5] ? countryCodeOf(m[5]) : null);
    const raw = m[6] ?? '';
    const status = /^DNF$/.test(raw) ? 'dnf' : /^DNS$/.test(raw) ? 'dns' : /^DS?Q$/.test(raw) ? 'dq' : null;
    out.push({
      start: start + m.index,
      end: start + m.index + m[0].length,
      place: Number(m[1]),
      name: words.map((w) => w.replace(/’/g, "'")),
      nameStart: start + m.index + m[0].indexOf(words[0] ?? ''),
      country: code && COUNTRY_CODES.has(code) ? code : code && countryCodeOf(code) ? countryCodeOf(code) : null,
      time: status ? null : raw,
      status,
      records: (m[7] ?? '').match(/=?[A-Z0-9]{2,5}/g)?.map((r) => r.replace('=', '')) ?? [],
    });
  }
  return out;
}

function pipeEntry(m: RegExpExecArray, start: number, line: string): ListEntry[] {
  const name = (m[2] ?? '').trim();
  const words = name.split(/\s+/);
  const time = (m[4] ?? '').trim().split(/\s+/)[0] ?? '';
  if (words.length < 2 || !/^(?:\d|DNF|DNS|DQ)/.test(time)) return [];
  const code = (m[3] ?? '').trim();
  return [{
    start: start + m.index,
    end: start + line.length,
    place: Number(m[1]),
    name: words,
    nameStart: start + line.indexOf(name),
    country: COUNTRY_CODES.has(code) ? code : countryCodeOf(code),
    time: /^DNF|DNS|DQ/.test(time) ? null : time,
    status: /^DNF/.test(time) ? 'dnf' : /^DNS/.test(time) ? 'dns' : /^DQ/.test(time) ? 'dq' : null,
    records: (m[4] ?? '').match(/\b(?:PB|SB|NR|AR|OR|WR|CR|MR|WL)\b/g) ?? [],
  }];
}
