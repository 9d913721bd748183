import { NUMBERED_ROUND_LINE } from './listPatterns';

/** A sentence (or a headline, or a list line) of an article, with offsets into the text. */
export interface Sentence {
  start: number;
  end: number;
  /** The normalised text of the sentence (same length as end - start). */
  text: string;
  /** Index of the line (paragraph) the sentence is on. */
  line: number;
  /** A title or heading: short, no closing full stop, mostly capitalised words. */
  headline: boolean;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'vs',
  'v',
  'no',
  'nos',
  'approx',
  'ca',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ore',
  'calif',
  'fla',
  'mt',
  'ft',
  'inc',
  'ltd',
  'co',
  'gen',
  'sen',
  'rep',
  'gov',
  'prof',
]);

/**
 * Splits normalised text into sentences: every line break ends one, and so does . ! ? or an
 * ellipsis followed by a space and a capital, a digit or a quote — except after an abbreviation
 * or an initial ("J. Hale") and inside numbers ("3:31.42").
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let firstLine = true;
  let lineStart = 0;
  let line = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const before = out.length;
    splitLine(text, lineStart, lineEnd, line, out);
    // The first line with words is the title, whatever its capitals (not an editor's note in square
    // brackets over it: "[Translated from the Italian. Originally published in …]").
    if (firstLine && out.length > before && !/^\s*\[[^\]]*\]\s*$/.test(text.slice(lineStart, lineEnd))) {
      firstLine = false;
      for (let i = before; i < out.length; i++)
        if (!/[.!?]["')]?$/.test((out[i] as Sentence).text)) (out[i] as Sentence).headline = true;
    }
    lineStart = lineEnd + 1;
    line++;
  }
  markDeckLines(out);
  return out;
}

// "Tralee sprinter lands national 400m crown; silver for Kielty, bronze for Quirke" above "By Declan
// Foley": the lines over a byline that end without a full stop are the headline and its deck.
function markDeckLines(out: Sentence[]): void {
  const byline = out.findIndex((s, i) => i < 10 && s.text.length < 120 && /^By\s+\p{Lu}/u.test(s.text));
  for (let i = 0; i < byline; i++) {
    const s = out[i] as Sentence;
    if (!/[.!?]["')]?$/.test(s.text)) s.headline = true;
  }
}

function splitLine(text: string, from: number, to: number, line: number, out: Sentence[]): void {
  const lineText = text.slice(from, to);
  const headline = isHeadline(lineText);
  let start = from;
  // ("… near her. d'Aubigny comes through late": a sentence may open on an elided particle.)
  const re = /[.!?\u2026]+["')\]]*(?=\s+["'(]?(?:[\p{Lu}\d]|[dl]['’]\p{Lu}))/gu;
  re.lastIndex = 0;
  for (let m = re.exec(lineText); m; m = re.exec(lineText)) {
    const dot = from + m.index;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(text, start, dot)) continue;
    // "Orlando 'O.J.' Bennett": a nickname of initials in quotes ends no sentence.
    if (m[0].length === 2 && /['"’”]/.test(m[0].charAt(1)) && QUOTED_INITIALS.test(text.slice(start, dot)))
      continue;
    push(text, start, dot + m[0].length, line, headline, out);
    start = dot + m[0].length;
  }
  push(text, start, to, line, headline, out);
}

const TIME_STAMP = /^\[\d{1,2}(?::\d\d){1,2}\]\s+/;
const QUOTED_INITIALS = /\s['"‘“](?:\p{Lu}\.)+\p{Lu}$/u;

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let i = dot;
  while (i > sentenceStart && isLetterOrDot(text, i - 1)) i--;
  const word = text.slice(i, dot);
  // An initial ("J. Hale") or the last of an initialism ("G.C. Foster", "the U.S. trials"); not a
  // distance's unit ("in 30:41 for the 8K. Lucy …").
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return !/\d/.test(text.charAt(i - 1));
  // "1. Mary Wanjiru (KEN) 3:51.29": a list number, not the end of a sentence.
  // (After a heading colon the number follows a space: "METERS: 1."; in "2:22:55." it does not.)
  // ("Women — 1. Tsige Worku Bekele (ETH) 1:05:48": after a heading's dash at the line's start.)
  if (/(?:^|[:;,]\s|\n)\s*\d{1,3}$|^[^\n.]{2,40}\s[—–-]\s\d{1,3}$/.test(text.slice(sentenceStart, dot)))
    return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function push(
  text: string,
  start: number,
  end: number,
  line: number,
  headline: boolean,
  out: Sentence[],
): void {
  while (start < end && isSpaceAt(text, start)) start++;
  // "[03:40] Women's 5000m.": a show's time stamp opens a line, not its sentence.
  const stamp =
    text.charCodeAt(start) === 91 ? TIME_STAMP.exec(text.slice(start, Math.min(end, start + 14))) : null;
  if (stamp && stamp[0].length < end - start) start += stamp[0].length;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), line, headline });
}

// What a title does not end with: `/[.!?:;"']$/`.
const CLOSING = '.!?:;"\'';

/** A line that reads as a title: no closing punctuation and mostly capitalised words. */
export function isHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || CLOSING.includes(t.charAt(t.length - 1)) || t.length > 200) return false;
  // "400m – Keanu Fonoti (NSW): 44.71, 1st, Australian Championships, Perth, 10 April 2039": a line
  // of data (a time, then a place), whatever its capitals.
  if (/\d(?::\d\d|\.\d\d),\s*\d{1,2}(?:st|nd|rd|th),/.test(t)) return false;
  // ("Semi 3 - Lindqvist 10.02 won it from …": a live blog's line on a numbered round.)
  if (NUMBERED_ROUND_LINE.test(t)) return false;
  // The words of `t` split at white space that start with a letter, those of them longer than
  // three characters, and those long ones that start with a capital: counted in one pass.
  let words = 0;
  let long = 0;
  let capital = 0;
  for (let i = 0; i < t.length;) {
    const start = i;
    while (i < t.length && !isSpaceAt(t, i)) i++;
    if (startsWithLetter(t, start, i)) {
      words++;
      if (i - start > 3) {
        long++;
        if (startsWithCapital(t, start, i)) capital++;
      }
    }
    while (i < t.length && isSpaceAt(t, i)) i++;
  }
  if (words === 0) return false;
  return (
    long === 0 ||
    capital / long >= 0.6 ||
    words <= 8 ||
    (words <= 16 && !/[,;]/.test(t) && !/\d:\d\d/.test(t))
  );
}

// Character tests that run on every sentence's edges and words: ASCII read by code, any other
// character left to the Unicode class the test stands for.
const SPACE = /\s/;
const LETTER_OR_DOT = /[\p{L}.]/u;
const LETTER = /^\p{L}/u;
const CAPITAL = /^\p{Lu}/u;

/** `/\s/.test(text[i])`. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i] ?? '');
}

/** `/[\p{L}.]/u.test(text[i])`. */
function isLetterOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DOT.test(text[i] ?? '');
}

/** `/^\p{L}/u.test(t.slice(start, end))`, for a word of `t` (end > start). */
function startsWithLetter(t: string, start: number, end: number): boolean {
  const c = t.charCodeAt(start);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(t.slice(start, end));
}

/** `/^\p{Lu}/u.test(t.slice(start, end))`, for a word of `t` (end > start). */
function startsWithCapital(t: string, start: number, end: number): boolean {
  const c = t.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(t.slice(start, end));
}
