/**
 * Types of the data layer: what one article says, each value with the text that says it.
 * Nothing past src/data sees raw strings such as "3:31.42"; they are parsed here into typed values.
 */

/** A duration in seconds (a finishing time, a split, a gap). */
export type Seconds = number & { readonly __unit: 'seconds' };
/** A distance in metres (a race distance, a distance still to run). */
export type Metres = number & { readonly __unit: 'metres' };
/** A calendar date written yyyy-mm-dd. */
export type IsoDate = string & { readonly __format: 'yyyy-mm-dd' };

export const seconds = (n: number): Seconds => n as Seconds;
export const metres = (n: number): Metres => n as Metres;
export const isoDate = (s: string): IsoDate => s as IsoDate;

/** An article given to the extractor: its file name and its full text. */
export interface Article {
  name: string;
  text: string;
}

/** Where a fact is stated: `text.slice(start, end) === quote` for the article's original text. */
export interface SourceSpan {
  article: string;
  start: number;
  end: number;
  quote: string;
}

/** A value read from an article (or several), with every place that states it. */
export interface Sourced<T> {
  value: T;
  sources: SourceSpan[];
}

/** Records and bests a time can carry. */
export type RecordKind = 'WR' | 'OR' | 'AR' | 'NR' | 'CR' | 'MR' | 'WL' | 'PB' | 'SB' | 'WU20R';

/** The round of a competition. */
export type Round = 'final' | 'semi-final' | 'heat' | 'qualifying';

/** Sex of the field. */
export type Sex = 'men' | 'women' | 'mixed';

/** What kind of problem an issue reports. */
export type IssueKind =
  | 'empty-article'
  | 'no-race'
  | 'typo-time'
  | 'ambiguous-time'
  | 'unreadable-time'
  | 'ambiguous-name'
  | 'unresolved-reference'
  | 'gap-mismatch'
  | 'place-time-order'
  | 'unplaced-fact'
  | 'date-unresolved'
  | 'weekday-mismatch'
  | 'reconstruction'
  | 'extraction-failed';

/** A problem found while reading, with where it is. Extraction warns; it never throws. */
export interface Issue {
  kind: IssueKind;
  message: string;
  sources: SourceSpan[];
}

/** The kind of competition a race belongs to. */
export type CompetitionKind =
  | 'olympics'
  | 'world-championships'
  | 'world-indoors'
  | 'diamond-league'
  | 'grand-slam-track'
  | 'continental'
  | 'commonwealth'
  | 'national'
  | 'meet';

/** A competition (a championship edition or a meeting). `key` is stable across articles. */
export interface Competition {
  key: string;
  name: string;
  kind: CompetitionKind;
  city: string | null;
  year: number | null;
}
