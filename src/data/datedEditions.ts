/**
 * "2036 — Wind, and a Dutch record. A blustery 13 April 2036 put paid to any thoughts of fast
 * times.": a day told with a year before the race in hand's (or the report's), in a sentence that
 * names no race, moves the telling to the race in hand's edition of that year: a preview or a
 * feature that goes through past editions one by one. The clause's results follow it there.
 */
import type { ArticleFacts, RaceFrame } from './articleFacts';
import type { ArticleState, Placed } from './articleState';
import { pastEditionFrame } from './pastEditions';
import { CHAMPIONSHIPS } from './sharedDates';
import { findEdition } from './lexicon/competitions';

/** The race in hand's edition of `year`, made the race in hand, when the day of `year` tells it. */
export function datedEdition(
  facts: ArticleFacts,
  state: ArticleState,
  placed: readonly Placed[],
  year: number,
): number | null {
  if (state.current === null || placed.some((p) => p.frame !== null && !p.descriptor.placeOnly)) return null;
  const cur = facts.frames[state.current];
  if (!cur) return null;
  const held = cur.monthDay?.year ?? cur.year ?? null;
  // A year before the race in hand's and the report's, and not the race in hand's own.
  const now = Math.max(held ?? 0, state.publishedYear ?? 0);
  if (year >= now || year === held) return null;
  // Editions of one meeting: a meeting's name or a championship's kind, and an event.
  if ((cur.meetName === null && cur.kind === null) || cur.event === null) return null;
  const edition = pastEditionFrame(facts, state, year, cur.editionOf ?? cur.editionBefore ?? cur.index);
  if (edition !== null) state.current = edition;
  return edition;
}

/**
 * "Belgrade, March 20, 2039 (AFP) - … as world indoors close in Belgrade": a championship named by its
 * host city alone, in a report dated (`stamped`) years after the edition the lexicon knows there, is a
 * later edition held there, of the report's year. Editions whose year the text writes are left alone.
 */
export function laterEditionsAtHost(
  frames: readonly RaceFrame[],
  text: string,
  stamped: string | null,
): void {
  const year = stamped ? Number(stamped.slice(0, 4)) : null;
  if (year === null) return;
  for (const f of frames) {
    if (!f.kind || !CHAMPIONSHIPS.has(f.kind) || f.city === null || f.year === null || f.year >= year - 1)
      continue;
    const known = findEdition(f.kind, f.city, null);
    if (known?.year === f.year && !text.includes(String(f.year))) f.year = year;
  }
}
