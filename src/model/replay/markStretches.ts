import { metres, type SourceSpan } from '../../data/types';
import type { Stretch } from './types';

/** A stretch of one athlete's run that a stated fact pins down. */
export interface PinnedStretch {
  from: number;
  to: number;
  fact: string;
  sources: readonly SourceSpan[];
}

/**
 * Splits a run of `distance` metres into stretches in order: `reported` where stated facts
 * pin it (overlapping ones merged, with all their facts and sources), `reconstructed` in
 * between. The stretches cover [0, distance] without gaps.
 */
export function markStretches(distance: number, pinned: readonly PinnedStretch[]): Stretch[] {
  const sorted = pinned
    .map((p) => ({ ...p, from: Math.max(0, p.from), to: Math.min(distance, p.to) }))
    .filter((p) => p.to > p.from)
    .sort((a, b) => a.from - b.from || a.to - b.to);
  const stretches: Stretch[] = [];
  let cursor = 0;
  for (const p of sorted) {
    const current = stretches[stretches.length - 1];
    if (current !== undefined && current.basis === 'reported' && p.from <= current.to) {
      current.to = metres(Math.max(current.to, p.to));
      if (!current.facts.includes(p.fact)) current.facts.push(p.fact);
      current.sources.push(...p.sources.filter((s) => !current.sources.includes(s)));
      cursor = current.to;
      continue;
    }
    if (p.from > cursor) stretches.push(reconstructed(cursor, p.from));
    stretches.push({
      from: metres(p.from),
      to: metres(p.to),
      basis: 'reported',
      facts: [p.fact],
      sources: [...p.sources],
    });
    cursor = p.to;
  }
  if (cursor < distance) stretches.push(reconstructed(cursor, distance));
  return stretches;
}

function reconstructed(from: number, to: number): Stretch {
  return { from: metres(from), to: metres(to), basis: 'reconstructed', facts: [], sources: [] };
}
