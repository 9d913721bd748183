/**
 * What a run of capitalised words leaves out of a name: a nickname in quotes inside it ('Jordan "JJ"
 * Okafor'), the speaker labels of a transcript ("[00:00:04] MAYA:"), an epithet before a name ("the
 * Catalan Adrián Peñalver") and a tabloid's shouted word ("SUPERMUM Lauren …").
 */
import type { NameRun } from './findNameRuns';
import { codeFollows, isAllCaps, titleCased } from './wordShape';

/** A word of the text with its offsets. */
interface Spanned {
  text: string;
  start: number;
  end: number;
}

/** Whether a word starts with a capital (ASCII read by code, any other letter by its lower case). */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128 || Number.isNaN(code)) return false;
  const c = word[0] ?? '';
  return c !== c.toLowerCase();
}

/**
 * 'Jordan "JJ" Okafor', "Orlando 'O.J.' Bennett": a nickname in quotes (of up to three words or
 * initials) between a first name and a surname is no part of the name. The indexes of such tokens
 * (undefined when there are none, as in most sentences).
 */
export function nicknameTokens(text: string, tokens: readonly Spanned[]): Set<number> | undefined {
  let out: Set<number> | undefined;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const prev = tokens[i - 1] as Spanned;
    const tok = tokens[i] as Spanned;
    if (
      !/^ ["“'‘]$/.test(text.slice(prev.end, tok.start)) ||
      !isCapitalised(prev.text) ||
      !isCapitalised(tok.text)
    )
      continue;
    for (let k = i; k < i + 3 && k + 1 < tokens.length; k++) {
      const last = tokens[k] as Spanned;
      const next = tokens[k + 1] as Spanned;
      const gap = text.slice(last.end, next.start);
      // (A closing single quote may end the last word's token: "Scrappy'".)
      if (
        (/^\.?["”'’] $/.test(gap) || (gap === ' ' && /['’]$/.test(last.text))) &&
        isCapitalised(next.text)
      ) {
        for (let x = i; x <= k; x++) (out ??= new Set()).add(x);
        break;
      }
      if (!/^\.? ?$/.test(gap)) break;
    }
  }
  return out;
}

/**
 * "[00:00:04] MAYA: Hey everybody": who speaks a line of a transcript, in capitals or after its time
 * stamp, is a label, not a mention.
 */
export function isSpeakerLabel(text: string, run: NameRun): boolean {
  if (text.charCodeAt(run.end) !== 58) return false;
  const lineStart = text.lastIndexOf('\n', run.start - 1) + 1;
  const before = text.slice(lineStart, run.start);
  const label = text.slice(run.start, run.end);
  return (
    /^[ \t]*\[[\d:.]+\][ \t]*$/.test(before) ||
    (/^[ \t]*$/.test(before) && label === label.toUpperCase() && /\p{Lu}{2}/u.test(label))
  );
}

// "CEDAR FALLS — Kaylee Brandt …", "SAN JOSE, Calif. — …", "LOS ANGELES (AP) —": a dateline's place.
// "SÃO PAULO, June 13 (AFP) -", "OSLO, 13 June 2039 —": with the day. ("TOBIAS LUNDE HAUGEN
// (interview, trackside):" is a transcript's speaker, not a place.)
const AFTER_DATELINE =
  /^(?:,\s*(?:\d{1,2}\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?)?\s*(?:[—–]|-\s|\((?:\p{Lu}[\p{L}.]{0,10}|dpa)\)(?!\s*:))/u;

/** Whether a run in capitals opening a line is a dateline's place, not a runner. */
export function isDatelinePlace(text: string, run: NameRun): boolean {
  const lineStart = text.lastIndexOf('\n', run.start - 1) + 1;
  const label = text.slice(run.start, run.end);
  return (
    /^[ \t]*$/.test(text.slice(lineStart, run.start)) &&
    label === label.toUpperCase() &&
    /\p{Lu}{2}/u.test(label) &&
    AFTER_DATELINE.test(text.slice(run.end, run.end + 40))
  );
}

/**
 * The places of a text's datelines, in lower case: "SÃO PAULO, June 13 (AFP) -" names São Paulo, so
 * "surgery in São Paulo" later is the city, not a runner.
 */
export function datelinePlaces(text: string): Set<string> {
  const places = new Set<string>();
  for (const m of text.matchAll(DATELINE_PLACE)) {
    const label = m[1] ?? '';
    if (AFTER_DATELINE.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40)))
      places.add(label.toLowerCase());
  }
  return places;
}
const DATELINE_PLACE = /^[ \t]*(\p{Lu}{2,}(?:[ \t]\p{Lu}{2,}){0,2})(?!\p{L})/gmu;

const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u;

/**
 * "the Catalan Adrián Peñalver", "the Galician Óscar Lago": after "the", a word shaped like a
 * demonym (a region's, not in the country table) before two more capitalised words is an epithet,
 * not the first of three given names.
 */
export function isEpithetBeforeName(tokens: readonly Spanned[], i: number, word: string): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const nextButOne = tokens[i + 2];
  return (
    prev !== undefined &&
    (prev.text === 'the' || prev.text === 'The') &&
    DEMONYM_SHAPE.test(word) &&
    next !== undefined &&
    nextButOne !== undefined &&
    isCapitalised(next.text) &&
    isCapitalised(nextButOne.text)
  );
}

/**
 * "SUPERMUM Lauren McAllister-Hayes ran the race of her life": a tabloid's word in capitals before a
 * given name and a surname is no part of the name (a family name in capitals stands before its given
 * names and a country code: "NGUYEN Thi Hoa (VIE)"), nor is a given name the text uses again.
 */
export function isShoutedLede(
  tokens: readonly Spanned[],
  i: number,
  familyFirst: boolean,
  text: string,
): boolean {
  const [tok, next, nextButOne] = [tokens[i] as Spanned, tokens[i + 1], tokens[i + 2]];
  const mixed = (t: Spanned | undefined): boolean =>
    t !== undefined && isCapitalised(t.text) && !isAllCaps(t.text);
  return (
    !familyFirst &&
    // (Not a possessive: "KENDAL'S Abbie Thwaite" names her town.)
    /^\p{Lu}{4,}$/u.test(tok.text) &&
    mixed(next) &&
    mixed(nextButOne) &&
    next?.start === tok.end + 1 &&
    nextButOne?.start === (next?.end ?? 0) + 1 &&
    !codeFollows(text, nextButOne.end) &&
    // ("RUAIRÍ Mac Giolla Easpaig's campaign ended …", then "Ruairí told us": a given name in capitals.)
    !new RegExp(`(?<!\\p{L})${titleCased(tok.text)}(?!\\p{L})`, 'u').test(text)
  );
}
