/** A word of an article as name runs read it. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

// Words as TOKEN would match them (`[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*'?`), read by hand: this
// runs over every word of every article, and a regex match per word costs an array and a string.
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

function isLetterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  const cp = s.codePointAt(i) ?? 0;
  const width = cp > 0xffff ? 2 : 1;
  return LETTER_OR_MARK.test(s.slice(i, i + width)) ? width : 0;
}

/** The words of `slice` as name runs read them, with their offsets in the article (`offset` is the slice's). */
export function tokenize(slice: string, offset: number): Token[] {
  const out: Token[] = [];
  const n = slice.length;
  let i = 0;
  while (i < n) {
    let w = isLetterAt(slice, i);
    if (w === 0) {
      // "Femke van 't Hoff": the Dutch particle 't, elided from "het", is one word.
      if (isElidedHet(slice, i)) {
        out.push({ start: offset + i, end: offset + i + 2, text: "'t" });
        i += 2;
      } else i++;
      continue;
    }
    const start = i;
    i += w;
    for (;;) {
      while (i < n && (w = isLetterAt(slice, i)) > 0) i += w;
      const c = slice.charCodeAt(i);
      if ((c === 39 || c === 45) && i + 1 < n && (w = isLetterAt(slice, i + 1)) > 0) i += 1 + w;
      else break;
    }
    if (slice.charCodeAt(i) === 39) i++;
    // "Devaughn St. Aubyn Clarke": the abbreviated "Saint" of a surname keeps its dot.
    else if (i - start === 2 && slice.charCodeAt(i) === 46 && slice.startsWith('St', start)) i++;
    out.push({ start: offset + start, end: offset + i, text: slice.slice(start, i) });
  }
  return out;
}

const isElidedHet = (s: string, i: number): boolean =>
  s.charCodeAt(i) === 39 &&
  s.charCodeAt(i + 1) === 116 &&
  s.charCodeAt(i + 2) === 32 &&
  s.charCodeAt(i - 1) === 32;
