import type { Sentence } from './splitSentences';
import { parseTime } from './parseTime';
import { fold } from './foldSpaces';
import { isFullName, statusOf, type ListEntry } from './resultsList';
import { countryOf, NAME, RECORDS, SURNAME, TIME } from './listPatterns';

// "Getachew Bekele (Ethiopia) 2:03:47", "Shanique Whyte (MVP) 22.08", "Ana Ruiz, Spain, 4:01.22": an
// entry of a results list that gives no place.
const ENTRY_BODY = `${NAME}(?: ?\\(([^()]{2,30})\\)|,? (\\p{Lu}{3})\\b|, (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?),?)?(?: ?[,:–-])? ?${TIME}${RECORDS}`;
const LINE_ENTRY = new RegExp(`^${ENTRY_BODY}\\.?$`, 'u');
// "O'Donnell 4:36.12" then "Thiessen-Ruiz 4:36.15": a scoreboard's lines, each a surname and a time.
const SURNAME_LINE = new RegExp(`^(${SURNAME}) ${TIME}${RECORDS}\\.?$`, 'u');
const LISTED_ENTRY = new RegExp(`(?<=^|[,;:] )${ENTRY_BODY}(?=[,;] \\p{Lu}|\\.?$)`, 'gu');
const HEADING = /^[^:]{2,48}: ?(?=\p{Lu})/u;
// A heading or title that says the entries below it are in finishing order.
const ORDER_CUE =
  /\b(?:order of finish|finishing order|results?|top (?:three|four|five|six|seven|eight|ten|\d{1,2})|placings|classification|standings|leading finishers)\b/i;
const TIMED = /\d[:.]\d\d/;
// "WOMEN'S 5000m - FINAL", "Men's 800m final": a heading naming a final (not "WHO'S IN THE FINAL?").
const FINAL_HEADING = /^(?!.*\b(?:in|into|to|for|make|made|reach|reached|reaches)\s+the\s+final$).*\bfinal$/i;
/** How many sentences above a list its order cue may stand ("RESULTS (in order of finish)", a blank, the list). */
const CUE_REACH = 3;

/**
 * Results lists whose entries carry no place: one runner a line under a heading ("Men — top five, in
 * order of finish:" then "Getachew Bekele (Ethiopia) 2:03:47" …), or one headed line of entries
 * separated by commas ("Women's 200m final: Shanique Whyte (MVP) 22.08, Danielle Forbes …").
 * The entries are places in the order given when a heading above says so (results, order of finish,
 * top five) and their times never fall; otherwise they are times only. Returns `lists` with the
 * entries of such sentences filled in; sentences that already hold a list are left as they are.
 */
export function withUnplacedLists(
  text: string,
  sentences: readonly Sentence[],
  lists: ListEntry[][],
): ListEntry[][] {
  const out = lists.slice();
  let run: number[] = [];
  const close = (): void => {
    const first = run[0];
    // (A surname and a time alone on a line is an entry only among others.)
    if (run.length === 1 && first !== undefined && out[first]?.[0]?.surnameOnly) out[first] = [];
    if (first !== undefined && run.length >= 2)
      placeInOrder(
        sentences,
        text,
        run.flatMap((si) => out[si] ?? []),
        first,
      );
    run = [];
  };
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as Sentence;
    const single = (out[si]?.length ?? 0) === 0 && TIMED.test(s.text) && isWholeLine(sentences, si);
    const line = single ? lineEntry(text, s) : null;
    if (line) {
      out[si] = [line];
      run.push(si);
      continue;
    }
    close();
    if (single) {
      const entries = headedEntries(text, s, sentences[si - 1]);
      if (entries.length >= 2) {
        out[si] = entries;
        // ("Men's half marathon:" numbered 1 to 6, then "Women's half marathon: Gete Alemu Bekele
        // (Ethiopia) 1:06:02, Mercy …": the second race's list, set out as the first was ordered.)
        const orderedAbove =
          out
            .slice(Math.max(0, si - 12), si)
            .flat()
            .filter((e) => e.place).length >= 3;
        placeInOrder(sentences, text, entries, si + 1, orderedAbove);
      }
    }
  }
  close();
  return out;
}

// "… Aisling Ní Bhriain (Ireland) 1:08:20. Enditem": a wire's sign-off after the last entry.
const SIGN_OFF = /^\(?(?:enditem|end|ends|more)\)?\.?$/i;

function isWholeLine(sentences: readonly Sentence[], si: number): boolean {
  const line = sentences[si]?.line;
  const next = sentences[si + 1];
  return (
    sentences[si - 1]?.line !== line &&
    (next === undefined ||
      next.line !== line ||
      (SIGN_OFF.test(next.text.trim()) && sentences[si + 2]?.line !== line))
  );
}

function lineEntry(text: string, s: Sentence): ListEntry | null {
  if (!mayEndWithTime(s.text)) return null;
  const { folded, offsetOf } = fold(text.slice(s.start, s.end));
  const m = LINE_ENTRY.exec(folded.trimEnd());
  if (m) return entryOf(m, offsetOf, s.start);
  const bare = SURNAME_LINE.exec(folded.trimEnd());
  if (!bare || !/^\d/.test(bare[2] ?? '')) return null;
  return {
    start: s.start + (offsetOf(0) ?? 0),
    end: s.start + (offsetOf(bare[0].length) ?? 0),
    place: null,
    name: (bare[1] ?? '').split(' '),
    country: null,
    time: bare[2] ?? null,
    status: null,
    records: (bare[3] ?? '').match(/[A-Z0-9]{2,5}/g) ?? [],
    surnameOnly: true,
  };
}

/**
 * False when LINE_ENTRY cannot match: an entry ends with its time (a digit, or the "c" of "sec"), a
 * status or record code (a capital) or ")", then perhaps a full stop. Prose ends otherwise. ASCII is
 * read by code; any other character is left to the regex.
 */
function mayEndWithTime(line: string): boolean {
  let i = line.length - 1;
  for (let c = line.charCodeAt(i); c === 32 || (c >= 9 && c <= 13); c = line.charCodeAt(i)) i--;
  if (line.charCodeAt(i) === 46) i--;
  const c = line.charCodeAt(i);
  return c >= 128 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 41 || c === 99;
}

// "WOMEN'S 5000m - FINAL": a short line of its own with no sentence's full stop, heading what follows.
const HEADING_LINE = /^[^.:]{2,60}$/;

/**
 * Entries separated by commas in one line, after a heading of their own in the line ("Women's 200m
 * final: Shanique Whyte (MVP) 22.08, …") or on the line before ("WOMEN'S 5000m - FINAL" then
 * "Yasemin Celik (TUR) 15:31.20, Raluca Stoica (ROU) 15:33.87, …, Snezana Ilic (MNE) DNF").
 */
function headedEntries(text: string, s: Sentence, before: Sentence | undefined): ListEntry[] {
  const headedAbove =
    before !== undefined &&
    before.line !== s.line &&
    HEADING_LINE.test(before.text.trim()) &&
    !TIMED.test(before.text);
  // HEADING needs a colon.
  if (!headedAbove && !s.text.includes(':')) return [];
  const { folded, offsetOf } = fold(text.slice(s.start, s.end));
  const heading = HEADING.exec(folded);
  if (!heading && !headedAbove) return [];
  const body = folded.trimEnd();
  const entries: ListEntry[] = [];
  let at = heading?.[0].length ?? 0;
  LISTED_ENTRY.lastIndex = at;
  for (let m = LISTED_ENTRY.exec(body); m; m = LISTED_ENTRY.exec(body)) {
    // Entries follow one another with only a separator between them.
    if (!/^(?:[,;] )?$/.test(body.slice(at, m.index))) return [];
    const entry = entryOf(m, offsetOf, s.start);
    if (!entry) return [];
    entries.push(entry);
    at = m.index + m[0].length;
  }
  if (!heading && entries.length < 3) return [];
  return /^\.?$/.test(body.slice(at)) ? entries : [];
}

function entryOf(
  m: RegExpExecArray,
  offsetOf: (i: number) => number | undefined,
  start: number,
): ListEntry | null {
  const words = (m[1] ?? '').split(' ');
  if (!isFullName(words)) return null;
  const code = m[2] ?? m[3] ?? m[4] ?? null;
  const raw = m[5] ?? '';
  // ("…, Snezana Ilic (MNE) DNF": a runner who did not finish, with no time.)
  const status = statusOf(raw);
  if (!status && !/^\d/.test(raw)) return null;
  return {
    start: start + (offsetOf(m.index) ?? 0),
    end: start + (offsetOf(m.index + m[0].length) ?? 0),
    place: null,
    name: words,
    country: code ? countryOf(code) : null,
    time: status ? null : raw,
    status,
    records: (m[6] ?? '').match(/[A-Z0-9]{2,5}/g) ?? [],
  };
}

/**
 * Numbers the entries 1, 2, 3 … when a heading in the sentences before `cueEnd` (the list's own
 * heading among them), or the report's title, says they are a finishing order.
 */
function placeInOrder(
  sentences: readonly Sentence[],
  text: string,
  entries: readonly ListEntry[],
  cueEnd: number,
  orderedAbove = false,
): void {
  // (Or the report's title: "Duinencross Scheveningen - results" heads every list of the page.)
  const title = sentences[0];
  const cued =
    orderedAbove ||
    sentences
      .slice(Math.max(0, cueEnd - CUE_REACH), cueEnd)
      .some((s) => ORDER_CUE.test(headingOf(text, s)) || FINAL_HEADING.test(headingOf(text, s).trim())) ||
    (title !== undefined && ORDER_CUE.test(headingOf(text, title)));
  if (!cued || !isRising(entries)) return;
  let place = 0;
  for (const e of entries) if (e.status === null) e.place = ++place;
}

/** The part of a sentence that can be a heading: all of it, or what comes before its colon. */
function headingOf(text: string, s: Sentence): string {
  const line = text.slice(s.start, s.end);
  const colon = line.indexOf(':');
  return colon >= 0 && colon < 60 ? line.slice(0, colon) : line.length <= 60 ? line : '';
}

function isRising(entries: readonly ListEntry[]): boolean {
  let last = -Infinity;
  for (const e of entries) {
    if (e.status !== null) continue;
    const seconds = parseTime(e.time ?? '')?.seconds ?? NaN;
    if (!(seconds >= last)) return false;
    last = seconds;
  }
  return true;
}
