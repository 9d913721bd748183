/**
 * The code of the first character from `start` (up to `end`) that is not ASCII white space; -1 when
 * a non-ASCII character comes first (it may be white space, which only a regex's `\s` can tell),
 * NaN when there is none. A look at a clause's first letter stands in for a regex anchored at its
 * start (`/^\s*(?:who|which)\b/i`) on the many clauses that letter already rules out.
 */
export function leadingCharCode(text: string, start: number, end: number): number {
  for (let i = start; i < end && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c !== 32 && (c < 9 || c > 13)) return c;
  }
  return NaN;
}

/** Like `leadingCharCode`, from the end: the code of the last character before `end` (down to `start`) that is not ASCII white space. */
export function trailingCharCode(text: string, start: number, end: number): number {
  for (let i = Math.min(end, text.length) - 1; i >= start && i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c !== 32 && (c < 9 || c > 13)) return c;
  }
  return NaN;
}

/** Whether `code` (from `leadingCharCode`) may start a word beginning with one of `letters`, in either case. */
export function mayLeadWith(code: number, letters: string): boolean {
  if (code === -1) return true;
  if (Number.isNaN(code)) return false;
  const lower = code >= 65 && code <= 90 ? code + 32 : code;
  for (let i = 0; i < letters.length; i++) if (letters.charCodeAt(i) === lower) return true;
  return false;
}
