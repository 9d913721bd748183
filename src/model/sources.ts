import type { SourceSpan } from '../data/types';

/** Adds a source span to a list unless the list already holds it. */
export function addSource(list: SourceSpan[], s: SourceSpan): void {
  if (!list.some((o) => o.start === s.start && o.end === s.end && o.article === s.article)) list.push(s);
}

/** Source spans without duplicates. */
export function uniqueSources(list: readonly SourceSpan[]): SourceSpan[] {
  const out: SourceSpan[] = [];
  if (list.length <= 8) {
    for (const s of list)
      if (!out.some((o) => o.article === s.article && o.start === s.start && o.end === s.end)) out.push(s);
    return out;
  }
  const seen = new Set<string>();
  for (const s of list) {
    const key = `${s.start}:${s.end}:${s.article}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}
