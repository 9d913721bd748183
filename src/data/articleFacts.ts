import type { Competition, IsoDate, Issue, Round, Sex, SourceSpan, Sourced, RecordKind } from './types';

/** A race as one article describes it, before articles are reconciled. */
export interface RaceFrame {
  index: number;
  competition: Sourced<Competition> | null;
  /** The competition kind when the edition is not known yet ("Olympic silver"). */
  kind: Competition['kind'] | null;
  city: string | null;
  year: number | null;
  meetName: string | null;
  event: Sourced<string> | null;
  distance: number | null;
  sex: Sourced<Sex> | null;
  round: Sourced<Round> | null;
  /** Which heat or semi-final of its round, when the text numbers them. */
  heat: number | null;
  date: Sourced<IsoDate> | null;
  monthDay: {
    month: number;
    day: number;
    year: number | null;
    /** Told as a day of a year before the report's ("June 8 last year"). */
    yearsBack?: number;
    source: SourceSpan;
  } | null;
  weekday: { weekday: number; source: SourceSpan } | null;
  relative: { days: number; anchor: number; source: SourceSpan } | null;
  before: { competitionKey: string; name: string; days: number | null; source: SourceSpan } | null;
  mentions: SourceSpan[];
  /** Mentioned only as past history ("who had been beaten … at Tokyo 2020"). */
  historical: boolean;
  /** The frame of the race in hand this is the previous edition of ("won last year's edition"). */
  editionBefore?: number;
  /** How many years before the race in hand's, when told so before its year is known ("two years ago"). */
  yearsBack?: number;
  /** The frame of the race in hand this is an edition of a stated year of ("won it in 2030"). */
  editionOf?: number;
  /** Where a meeting named without its event was told, when it took the event of the race in hand. */
  eventTakenAt?: number;
}

/** One value about one athlete in one race, as one sentence states it. */
export interface ResultFact {
  frame: number;
  athleteId: string;
  field: 'place' | 'time' | 'record' | 'gap' | 'status';
  value: number | string;
  source: SourceSpan;
  typo?: boolean;
  precision?: number;
  relativeTo?: string | null;
  record?: RecordKind;
  /** Stated in a results list, the report's own tally, which outranks a phrase of its prose. */
  listed?: true;
}

/** A narrative moment of one race. */
export interface NarrativeFact {
  frame: number;
  kind: 'lead' | 'split' | 'pass' | 'surge' | 'kick' | 'fade';
  athleteId: string | null;
  others: string[];
  toGo: number | null;
  from: number | null;
  fraction: number | null;
  time: number | null;
  source: SourceSpan;
}

/** Everything one article says. */
export interface ArticleFacts {
  article: string;
  frames: RaceFrame[];
  people: {
    id: string;
    name: string;
    country: { code: string; source: SourceSpan } | null;
    mentions: number;
  }[];
  results: ResultFact[];
  narrative: NarrativeFact[];
  orderings: { frame: number; ahead: string; behind: string; source: SourceSpan }[];
  absences: { frame: number; athleteId: string; source: SourceSpan }[];
  remarks: {
    speakerId: string;
    aboutIds: string[];
    frame: number | null;
    text: string;
    source: SourceSpan;
  }[];
  issues: Issue[];
  /** Championship editions the article names anywhere, even as a moment in time. */
  editions: { kind: Competition['kind']; city: string | null; year: number | null }[];
  /** The days the meeting was held over, when the text tells them as a range ("Saturday 17 and Sunday 18 May 2031"). */
  meetingDays?: { days: string[]; source: SourceSpan };
  /** The day a meeting began, when the text tells it with no race ("The two-day meet opened Friday, May 9"). */
  meetingStart?: { month: number; day: number; year: number | null; source: SourceSpan };
  /** The day a meeting is told to close ("The Games close on Sunday, August 4"). */
  meetingEnd?: { month: number; day: number; year: number | null; source: SourceSpan };
}
