import type { ArticleFacts, RaceFrame } from './articleFacts';

/**
 * The race a report is about: the one with the most results (with a year, when any has one). A past
 * edition told by its year never is, nor is a past race when the report tells one of its own.
 */
export function mainFrame(facts: ArticleFacts, used: Set<number>): RaceFrame | null {
  const counts = new Map<number, number>();
  for (const r of facts.results) counts.set(r.frame, (counts.get(r.frame) ?? 0) + 1);
  const ownRaceTold = facts.frames.some((g) => !g.historical && used.has(g.index));
  let best: RaceFrame | null = null;
  let bestCount = -1;
  for (const f of facts.frames) {
    if (f.editionOf !== undefined || (f.historical && ownRaceTold)) continue;
    const c = counts.get(f.index) ?? (used.has(f.index) ? 0 : -1);
    if (c > bestCount && (f.year !== null || best === null)) {
      best = f;
      bestCount = c;
    }
  }
  return best;
}
