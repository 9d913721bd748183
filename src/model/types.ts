import type {
  Competition,
  IsoDate,
  Issue,
  Metres,
  RecordKind,
  Round,
  Seconds,
  Sex,
  SourceSpan,
  Sourced,
} from '../data/types';

/**
 * A value in the dataset and how we know it: `stated` when an article says it,
 * `derived` when the app computed it from stated values (a gap from two times, a place from
 * the order of times). Derived values carry the sources of what they were computed from.
 */
export interface Fact<T> extends Sourced<T> {
  basis: 'stated' | 'derived';
}

export type { Competition, CompetitionKind } from '../data/types';

/** An earliest/latest window for a date the text fixes only approximately. */
export interface DateRange {
  earliest: IsoDate | null;
  latest: IsoDate | null;
  /** Why the range is what it is, in words ("less than two months before the Games"). */
  reason: string;
  sources: SourceSpan[];
}

/** An athlete across the corpus. `id` is a slug of the full name. */
export interface Athlete {
  id: string;
  name: string;
  country: Fact<string> | null;
  /** How many times the corpus refers to the athlete (names, surnames, epithets, pronouns). */
  mentions: number;
}

/** The finishing status of an athlete in a race. */
export type ResultStatus = 'finished' | 'dnf' | 'dns' | 'dq';

/** One athlete's result in one race. */
export interface Result {
  athleteId: string;
  athlete: string;
  country: Fact<string> | null;
  place: Fact<number> | null;
  time: Fact<Seconds> | null;
  /** Seconds behind the winner: derived from the times; stated gaps are checked against it. */
  gap: Fact<Seconds> | null;
  /** Gaps the articles state ("0.14 seconds behind"), with whom they are measured to. */
  statedGaps: Sourced<Seconds>[];
  records: Sourced<RecordKind>[];
  status: ResultStatus;
  /** Every place any of this result's values is stated. */
  sources: SourceSpan[];
}

/** "A finished ahead of B", from the narrative ("defeating", "beaten by", "victory over"). */
export interface Ordering {
  ahead: string;
  behind: string;
  sources: SourceSpan[];
}

/** Something that happens during a race, at a distance, involving athletes. */
export interface NarrativeEvent {
  id: string;
  kind: 'lead' | 'split' | 'pass' | 'surge' | 'kick' | 'fade' | 'bell';
  /** The athlete the event is about, when known. */
  athleteId: string | null;
  /** Athletes passed (for a pass) or otherwise involved. */
  others: string[];
  /** Distance from the start, metres, when it can be placed on the track. */
  at: Metres | null;
  /** Distance still to run, metres, as the text states it. */
  toGo: Metres | null;
  /** For a split: the time at `at`. */
  time: Seconds | null;
  /** A lead held over a stretch: until this distance from the start. */
  until: Metres | null;
  /** The article's words, for captions. */
  quote: string;
  sources: SourceSpan[];
}

/** An athlete reported as not running a race. */
export interface Absence {
  athleteId: string;
  sources: SourceSpan[];
}

/** Something an athlete said, and whom it is about. */
export interface Remark {
  speakerId: string;
  aboutIds: string[];
  raceId: string | null;
  text: string;
  sources: SourceSpan[];
}

/** A race: a competition, an event and a round, with what the articles say about it. */
export interface Race {
  id: string;
  name: string;
  competition: Fact<Competition> | null;
  event: Fact<string> | null;
  distance: Metres | null;
  sex: Fact<Sex> | null;
  round: Fact<Round> | null;
  date: Fact<IsoDate> | null;
  dateRange: DateRange | null;
  /** Sorted by place, then time; athletes without either last, in order of mention. */
  results: Result[];
  orderings: Ordering[];
  narrative: NarrativeEvent[];
  absences: Absence[];
  /** `results` when any result has a place or a time; `narrative` when only the story is known. */
  kind: 'results' | 'narrative';
  articles: string[];
  sources: SourceSpan[];
}

/** Articles that disagree about one value. Nothing is dropped: every value keeps its sources. */
export interface Conflict {
  id: string;
  raceId: string | null;
  athleteId: string | null;
  field: 'time' | 'place' | 'country' | 'date' | 'gap' | 'event' | 'round';
  message: string;
  values: Sourced<string | number>[];
  /** The value the dataset shows, and why. */
  chosen: string | number | null;
  rule: string;
}

/** Everything the articles let us derive. */
export interface Dataset {
  races: Race[];
  athletes: Athlete[];
  remarks: Remark[];
  conflicts: Conflict[];
  issues: Issue[];
}
