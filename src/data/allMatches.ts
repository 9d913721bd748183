/**
 * Every match of a global regex in `s`, in order (an empty match steps on by one). Collected into
 * an array rather than yielded one by one: a generator costs an object per match and per loop,
 * and most loops find nothing.
 */
export function allMatches(re: RegExp, s: string): readonly RegExpExecArray[] {
  re.lastIndex = 0;
  let out: RegExpExecArray[] | undefined;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    (out ??= []).push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out ?? NONE;
}

const NONE: readonly RegExpExecArray[] = [];
