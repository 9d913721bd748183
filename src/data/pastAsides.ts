/**
 * Appositions on a past result of the race in hand ("Okoro, the silver medallist two years ago in
 * Mauritius, crossed the line second", "Peña, fourth at the last Games, left the track"): their
 * stretches and the edition each tells of.
 */
import type { ArticleFacts } from './articleFacts';
import type { ArticleState, Placed } from './articleState';
import { pastAppositionSpans } from './pastPhrases';
import { numberValue } from './lexicon/numbers';

/** The year of the latest edition of the race `hand` told by its year, if any. */
function lastToldYear(state: ArticleState, hand: number): number | undefined {
  let best: number | undefined;
  for (const key of state.pastEditions?.keys() ?? []) {
    const [of, year] = key.split(':').map(Number);
    if (of === hand && year !== undefined && !Number.isNaN(year) && (best === undefined || year > best))
      best = year;
  }
  return best;
}

/** How many years back a clause told of the race in hand's previous edition goes ("two years ago": 2). */
export function editionYearsBack(clauseText: string): number {
  const m = /\b(\w+)\s+years\s+(?:ago|earlier|before)\b/i.exec(clauseText);
  const n = m?.[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : numberValue(m[1])) : null;
  return n !== null && n > 1 && n < 30 ? n : 1;
}

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
    // ("who had won the title four years ago", then "Peña, fourth at the last Games": the edition told,
    // when it is of the race in hand's kind, not "fourth at the last Games" in a report on the Worlds.)
    const last = /\bthe last (Games|Olympics|championships|Worlds)\b/.exec(told)?.[1];
    const games =
      cur?.kind === 'olympics' || /Games/.test(cur?.meetName ?? cur?.competition?.value.name ?? '');
    const lastGames = cur && last && (/Games|Olympics/.test(last) ? games : !games);
    const year = stated
      ? Number(stated[1])
      : back > 1 && now !== null
        ? now - back
        : lastGames
          ? lastToldYear(state, cur.index)
          : undefined;
    const before = now === null || year === undefined || year < now;
    return {
      start,
      end,
      year,
      ofHand: cur !== undefined && !named && before && !/\bprevious(?:ly)?\b/i.test(told),
    };
  });
}
