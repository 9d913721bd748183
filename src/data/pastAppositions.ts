/**
 * "The Kenyan Bett, winner last year in 2 h 05 min 12 s, was the first to crack", "Gudeta, second
 * last year behind Bett, placed his attack": an apposition that tells a runner's result in the race
 * in hand's earlier edition. Its place and time are that edition's; the clause's own facts stay in the
 * race in hand.
 */
import type { ArticleFacts } from './articleFacts';
import type { ArticleState, Placed } from './articleState';
import { editionYearsBack } from './articleState';
import { pastAppositionSpans } from './raceWords';

/** A past apposition of a clause: its stretch, the edition it tells of, and whether that is the race in hand's. */
export interface PastAside {
  start: number;
  end: number;
  /** The edition's year when told ("in 2033", "two years ago"); undefined for the previous edition. */
  year: number | undefined;
  /** Whether the apposition tells of the race in hand (else its facts are dropped). */
  ofHand: boolean;
}

/** The past appositions of a clause, each with the edition it tells of. */
export function pastAsides(
  text: string,
  clause: { start: number; end: number },
  inClause: readonly Placed[],
  facts: ArticleFacts,
  state: ArticleState,
): PastAside[] {
  const spans = pastAppositionSpans(text.slice(clause.start, clause.end), clause.start);
  if (spans.length === 0) return [];
  const cur = state.current === null ? undefined : facts.frames[state.current];
  const now = cur?.year ?? state.publishedYear ?? null;
  return spans.map(({ start, end }) => {
    const told = text.slice(start, end);
    // A race named inside the apposition that is not the race in hand's round ("winner of the Berlin
    // Marathon last year") is another race.
    const named = inClause.some(
      (p) =>
        p.descriptor.start >= start &&
        p.descriptor.start < end &&
        (p.frame !== state.current || p.descriptor.kind !== null || p.descriptor.meetName !== null),
    );
    const stated = /\bin\s+((?:19|20)\d\d)\b/.exec(told);
    const back = editionYearsBack(told);
    const year = stated ? Number(stated[1]) : back > 1 && now !== null ? now - back : undefined;
    const before = now === null || year === undefined || year < now;
    return {
      start,
      end,
      year,
      ofHand: cur !== undefined && !named && before && !/\bprevious(?:ly)?\b/i.test(told),
    };
  });
}
