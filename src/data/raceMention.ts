import type { CompetitionKind, Round, Sex } from './types';
import type { EventInfo } from './lexicon/events';

/** A phrase that names or points at a race: a competition, an event, a round, a venue. */
export interface RaceMention {
  start: number;
  end: number;
  kind: CompetitionKind | null;
  /** A city the phrase names ("Paris 2024", "Lausanne Diamond League", "in Monaco"). */
  city: string | null;
  year: number | null;
  /** A meeting's own name ("Prefontaine Classic") for generic meets. */
  meetName: string | null;
  event: EventInfo | null;
  round: Round | null;
  sex: Sex | null;
  /** Names only a place ("in Monaco", "in Switzerland", "at the Stade de France"). */
  placeOnly: boolean;
  /** Points at the competition as a moment in time ("ahead of the Paris Olympics"), not as the race. */
  temporal: 'before' | 'after' | null;
  /** Which semi-final or heat ("the second semifinal"), when numbered. */
  heat?: number | null;
  /** Names only the sex of the field ("in the women's race"). */
  sexOnly?: boolean;
  /** Names the first round as such ("her first-round heat", "the opening round"). */
  firstRound?: boolean;
}

const TABLE_HEADER = /\|\s*(?:Pos|Pl|Place|Rank)\.?\s*\|.*\|\s*(?:Name|Athlete)\s*\|/i;
const FIXED_HEADER = /^\s*(?:Pos|Pl|Place|Rank)\.?\s+(?:[A-Za-z.]+\s+){0,3}(?:Name|Athlete)\s{2}[^.!?]*$/;

/**
 * Whether a line is a table's header row ("| Pos | Bib | Name | Nat | 10 km | Time |", "Pos  Bib  Name
 * Nat  10K  Finish"), which names columns, not races.
 */
export function isTableHeader(line: string): boolean {
  return line.includes('|') ? TABLE_HEADER.test(line) : FIXED_HEADER.test(line);
}
