// Shapes of words read by code: these run on every capitalised word, where a regex test or
// replace per word costs more than the word's few characters.
/** `/'s$/` (with `anyCase`, `/'s$/i`). */
export function endsWithQuoteS(word: string, anyCase: boolean): boolean {
  const n = word.length;
  const c = word.charCodeAt(n - 1);
  return n >= 2 && word.charCodeAt(n - 2) === 39 && (c === 115 || (anyCase && c === 83));
}

/** `/s'$/i`. */
export function endsWithSQuote(word: string): boolean {
  const n = word.length;
  const c = word.charCodeAt(n - 2);
  return n >= 2 && word.charCodeAt(n - 1) === 39 && (c === 115 || c === 83);
}

/** `word.replace(/'s$|'$/, '')` (with `anyCase`, `/'s$|'$/i`). */
export function withoutPossessive(word: string, anyCase: boolean): string {
  if (endsWithQuoteS(word, anyCase)) return word.slice(0, -2);
  return word.charCodeAt(word.length - 1) === 39 ? word.slice(0, -1) : word;
}

/** A Roman numeral of I, V and X only ("II", "XIV"), as `/^[IVX]+$/` says, read by code. */
export function isRomanNumeral(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== 73 && c !== 86 && c !== 88) return false;
  }
  return true;
}

/** Whether a character code may be a capital: A–Z, or any character that is not ASCII (left to a regex). */
export function mayBeCapital(code: number): boolean {
  return code >= 128 || (code >= 65 && code <= 90);
}

/**
 * The last word of `before` when white space ends it: its trailing ASCII letters, lower-cased ('' when
 * no white space ends it or no letter comes before that). Undefined when a character that is not
 * ASCII stands in the way: the patterns then decide.
 */
export function lastWord(before: string): string | undefined {
  let i = before.length - 1;
  for (; i >= 0; i--) {
    const c = before.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c !== 32 && (c < 9 || c > 13)) break;
  }
  if (i === before.length - 1) return '';
  let j = i;
  for (; j >= 0; j--) {
    const c = before.charCodeAt(j);
    if (c >= 128) return undefined;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
  }
  return before.slice(j + 1, i + 1).toLowerCase();
}

/** No lower-case letter: "USA", "WANJIRU" (what `word === word.toUpperCase()` says, without the copy). */
export function isAllCaps(word: string): boolean {
  // ASCII read by code; a word with any other character is left to the Unicode class.
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return !HAS_LOWER.test(word);
  }
  return true;
}
const HAS_LOWER = /[\p{Ll}\p{Lt}]/u;

/** "WANJIRU" → "Wanjiru", "ŠŤASTNÁ" → "Šťastná", "OSEI-BONSU" → "Osei-Bonsu". */
export function titleCased(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

/**
 * "TANAKA Sota", "HIROSE Mio": a family name written first, in capitals, before a given name that is
 * not. (Read by code: the first word's second letter must be a capital.)
 */
export function isSurnameFirst(text: string, start: number, end: number): boolean {
  const second = text.charCodeAt(start + 1);
  if (!(second >= 65 && second <= 90) && second < 128) return false;
  const space = text.indexOf(' ', start);
  if (space < 0 || space >= end) return false;
  const first = text.slice(start, space);
  if (!isAllCaps(first) || isAllCaps(text.slice(space + 1, end))) return false;
  // "OSHANE Brissett-Palmer is the undisputed king …": a newspaper's lede opens on the given name in
  // capitals, before a double-barrelled surname ("KIM Min-jun" and "TANAKA Sota won" are family names
  // first).
  if (
    (start === 0 || text.charCodeAt(start - 1) === 10) &&
    /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(text.slice(space + 1, end)) &&
    /^ \p{Ll}/u.test(text.slice(end, end + 2))
  )
    return false;
  // "KIM Min-jun (KOR)", "LI Zhenyu (CHN)": a short family name, told apart from an acronym ("UIL
  // Region") by the country code after the name.
  return first.length > 3 || codeFollows(text, end);
}

const CODE_AFTER = /^\s*\([A-Z]{3}\)/;

/** Whether a country code in brackets ("(KOR)") follows `at`. */
export function codeFollows(text: string, at: number): boolean {
  return CODE_AFTER.test(text.slice(at, at + 8));
}

const ALL_CAPS = /^[\p{Lu}'’-]{2,}$/u;
const LOWER = /\p{Ll}/u;

/**
 * "SVOBODA Marek", "HIROSE Mio": a list that writes the family name first, in capitals, names the
 * runner Marek Svoboda; "Marek SVOBODA" is Marek Svoboda too.
 */
export function inNameOrder(words: string[]): string[] {
  const [first, ...rest] = words;
  if (first === undefined || rest.length === 0) return words;
  const caps = words.map((w) => ALL_CAPS.test(w));
  if (caps[0] && rest.every((w) => LOWER.test(w))) return [...rest, titleCased(first)];
  if (caps.some(Boolean) && !caps[0]) return words.map((w, i) => (caps[i] ? titleCased(w) : w));
  return words;
}

// "the 41st Cross Internacional de Valdehierro", "the Memorial Van Damme": a meeting named in the
// Romance order, its word first.
export const MEETING_OPENER = /^(?:Cross|Meeting|Memorial|Trofeo|Premio|Copa|Campeonato|Gran)$/;

// "the Holyrood Cross Challenge": a word that ends a meeting's name.
const MEETING_WORD =
  /^(?:Challenge|Classic|Invitational|Games|Memorial|Meeting|Gala|Relays|Cup|Prix|Marathon|Championships?|Trophy|Festival)$/;

/** Whether `word`, after a run's `last` word, ends a meeting's name ("… Memorial", "NCAA Cross Country"). */
export const endsMeeting = (word: string, last: string | undefined): boolean =>
  MEETING_WORD.test(word) || (word === 'Country' && last === 'Cross');
