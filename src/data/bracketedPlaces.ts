/**
 * A club's list numbered in its own order, with each runner's place in the race in brackets after
 * the time ("1. Priya Raman — 38:47 (12th)"): the bracketed ordinals are the places, and the list's
 * numbers are not.
 */
import type { ListEntry } from './resultsList';

const BRACKETED = /^[ \t]*(?:[—–-][ \t]*)?\((\d{1,5})(?:st|nd|rd|th)\)/;

/** The lists of each sentence, with places taken from the bracketed ordinals of a block of list lines that has them. */
export function withBracketedPlaces(text: string, lists: ListEntry[][]): ListEntry[][] {
  if (!text.includes(')')) return lists;
  const out = [...lists];
  for (let i = 0; i < lists.length;) {
    let j = i;
    while ((lists[j]?.length ?? 0) > 0) j++;
    if (j === i) {
      i++;
      continue;
    }
    const block = lists.slice(i, j).flat();
    const bracketOf = (e: ListEntry): RegExpExecArray | null => BRACKETED.exec(text.slice(e.end, e.end + 12));
    const found = block.map(bracketOf);
    // (Only when some bracket disagrees with its line's number: "1. … (1st)" repeats it.)
    if (found.some((m, k) => m && Number(m[1]) !== block[k]?.place))
      for (let k = i; k < j; k++)
        out[k] = (lists[k] ?? []).map((e) => {
          const m = bracketOf(e);
          return m ? { ...e, place: Number(m[1]), end: e.end + m[0].length } : { ...e, place: null };
        });
    i = j;
  }
  return out;
}
