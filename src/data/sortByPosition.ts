// Findings sorted by where they are in the text. Most lists are in order already (or hold one item),
// and Array.prototype.sort copies even those: a stable sort leaves an ordered list as it is, so the
// sort is skipped for them.

/** `list.sort((a, b) => a.start - b.start)`, in place. */
export function sortByStart<T extends { start: number }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++)
    if (!((list[i - 1] as T).start <= (list[i] as T).start)) return list.sort((a, b) => a.start - b.start);
  return list;
}

/** `list.sort((a, b) => a.at - b.at)`, in place. */
export function sortByAt<T extends { at: number }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++)
    if (!((list[i - 1] as T).at <= (list[i] as T).at)) return list.sort((a, b) => a.at - b.at);
  return list;
}
