import type { ArticleFacts } from './articleFacts';
import type { ArticleState } from './articleState';
import type { SourceSpan } from './types';
import { merge, type Descriptor } from './raceFrames';
import { frameForDescriptor, takeEventOf } from './frameForDescriptor';
import { findEdition } from './lexicon/competitions';

/**
 * "It came 16 days after the final in Beijing, where Pruitt won gold": the race the clause after
 * "where" tells of is the one named, an earlier one — the championships of that city told before,
 * else a race of its own, of the event in hand when it names none.
 */
export function placeWhereRace(
  d: Descriptor,
  facts: ArticleFacts,
  state: ArticleState,
  source: SourceSpan,
): number | null {
  const named = facts.frames.findLast(
    (f) =>
      f.kind !== null &&
      d.city !== null &&
      (f.city === d.city || (f.city === null && findEdition(f.kind, d.city, f.year) !== null)) &&
      (!d.kind || f.kind === d.kind),
  );
  const frame = named?.index ?? frameForDescriptor(d, facts.frames, null, true);
  const f = frame === null ? undefined : facts.frames[frame];
  const cur = state.current === null ? undefined : facts.frames[state.current];
  if (f) {
    merge(f, d, source);
    if (!d.event && !f.event && cur?.event) takeEventOf(f, cur);
  }
  return frame;
}
