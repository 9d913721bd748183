import type { NameRun } from './findNameRuns';
import type { ListEntry } from './listPatterns';

/**
 * "1  Python-Berset Noémie  CA Fribourg  8.04" under a report that names "Noémie Python-Berset": a
 * results table that sets surnames first, as federations' tables do. When two of an article's list
 * names at least are prose names turned round, and none is a prose name as written, every list name
 * not found as written is turned round ("Zürcher Lea" → "Lea Zürcher"), its given name first.
 */
export function withProseNameOrder(
  runs: readonly (readonly NameRun[])[],
  lists: ListEntry[][],
): ListEntry[][] {
  if (!lists.some((l) => l.length > 0)) return lists;
  const prose = new Set<string>();
  runs.forEach((sentenceRuns, si) => {
    if ((lists[si] ?? []).length === 0) for (const r of sentenceRuns) prose.add(r.words.join(' '));
  });
  let turned = 0;
  for (const list of lists)
    for (const e of list) {
      if (e.surnameOnly || e.name.length < 2) continue;
      if (prose.has(e.name.join(' '))) return lists;
      if (prose.has(turnedRound(e.name).join(' '))) turned++;
    }
  if (turned < 2) return lists;
  return lists.map((list) =>
    list.map((e) => (e.surnameOnly || e.name.length < 2 ? e : { ...e, name: turnedRound(e.name) })),
  );
}

/** "Python-Berset Noémie" → "Noémie Python-Berset": the last word, a given name, put first. */
function turnedRound(words: readonly string[]): string[] {
  return [words[words.length - 1] ?? '', ...words.slice(0, -1)];
}
