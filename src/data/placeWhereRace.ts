import type { ArticleFacts, RaceFrame } from './articleFacts';
import type { ArticleState } from './articleState';
import type { SourceSpan } from './types';
import { merge, newFrame, type Descriptor } from './raceFrames';
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

// "in May", "last September", "earlier this season": a time told right after a town that is not the
// race in hand's.
const AWAY_TIME =
  /^,?\s+(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|last\s+(?:week|month|season|year|spring|summer|autumn|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b|earlier\s+(?:this|in\s+the)\s+(?:week|month|season|year|spring|summer|winter)\b)/;

// "finishing second in", "won", "was seventh in": a place or a win told right before the town.
const PLACED_BEFORE =
  /\b(?:won|wins|winning|victory|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|runner-up)\b[^,;]{0,20}$/i;
// "the 3:49.60 he ran in Oslo last June", "whose personal best … was set in Oslo": no place in a race.
const BEST_BEFORE = /\b(?:best|record|PB|SB|fastest)\b/i;

/**
 * "finishing second in Doha in May", "He won Berlin last September", in a report of a national
 * championships: a town with a time of its own, after a place and as the clause's only race phrase,
 * names another race, of the event in hand — the one told before in that town, else a race of its
 * own. Null when the town may be the race in hand's.
 */
export function placeAwayRace(
  text: string,
  d: Descriptor,
  clause: { start: number; end: number },
  phrases: readonly Descriptor[],
  facts: ArticleFacts,
  state: ArticleState,
  source: SourceSpan,
): number | null {
  const cur = state.current === null ? undefined : facts.frames[state.current];
  const city = d.city?.toLowerCase();
  if (!d.placeOnly || !city || !cur || cur.kind === null || !AWAY_TIME.test(text.slice(d.end, d.end + 40)))
    return null;
  const inClause = (o: Descriptor): boolean => o.start >= clause.start && o.end <= clause.end;
  if (phrases.some((o) => o.start !== d.start && !o.placeOnly && inClause(o))) return null;
  const before = text.slice(clause.start, d.start);
  if (!PLACED_BEFORE.test(before.slice(-50)) || BEST_BEFORE.test(before)) return null;
  if (
    cur.city?.toLowerCase() === city ||
    cur.meetName?.toLowerCase().includes(city) ||
    findEdition(cur.kind, d.city, cur.year) !== null
  )
    return null;
  const told = facts.frames.findLast((f) => f.city?.toLowerCase() === city);
  if (told) return told.index;
  const f: RaceFrame = { ...newFrame(facts.frames.length), city: d.city, meetName: d.city, historical: true };
  takeEventOf(f, cur);
  facts.frames.push(f);
  merge(f, d, source);
  return f.index;
}
