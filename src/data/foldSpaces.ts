/**
 * Folds runs of white space to one space and trims the start; `offsetOf(i)` is the offset in `s` of
 * folded index i (undefined past the end). Lines with nothing to fold (most) need no table of offsets.
 */
export function fold(s: string): { folded: string; offsetOf: (i: number) => number | undefined } {
  const lead = s.length - s.trimStart().length;
  if (isFolded(s, lead)) {
    const folded = lead === 0 ? s : s.slice(lead);
    return { folded, offsetOf: (i) => (i >= 0 && i <= folded.length ? lead + i : undefined) };
  }
  const body = s.slice(lead);
  const folded = body.replace(/\s+/g, ' ');
  const map: number[] = new Array<number>(folded.length + 1);
  let j = 0;
  for (let i = 0; i < folded.length; i++) {
    map[i] = lead + j;
    if (folded.charCodeAt(i) === 32 && isSpace(body.charCodeAt(j))) {
      while (j < body.length && isSpace(body.charCodeAt(j))) j++;
    } else j++;
  }
  map[folded.length] = s.length;
  return { folded, offsetOf: (i) => map[i] };
}

/** Whether `s` past `lead` holds no white space but single spaces. */
function isFolded(s: string, lead: number): boolean {
  for (let i = lead; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isSpace(s.charCodeAt(i + 1)) : isSpace(c)) return false;
  }
  return true;
}

const SPACE = /\s/;
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(String.fromCharCode(code)));
}
