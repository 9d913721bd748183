import type { SourceSpan } from '../data/types';
import type { Conflict, Dataset, Fact, Race, Result } from './types';
import type { Issue } from '../data/types';

/** How a value in the JSON is known: stated by the articles, or derived by the app, with its sources. */
export interface DeriveFactJson {
  basis: 'stated' | 'derived';
  sources: SourceSpan[];
}

/** One result in the `npm run derive` JSON. The first seven fields are the stable contract. */
export interface DeriveResultJson {
  athlete: string;
  country: string | null;
  place: number | null;
  /** Seconds, e.g. 211.42: only a time the articles state; a worked-out one is `workedOutTime`. */
  time: number | null;
  /** Seconds behind the winner. */
  gap: number | null;
  /** Every place any value of this result is stated. */
  sources: SourceSpan[];
  athleteId: string;
  /** Seconds: a time the app worked out (the winner's time and a stated gap), never stated. */
  workedOutTime: number | null;
  status: Result['status'];
  records: string[];
  /** Per value: stated or derived, and the sentences behind it. */
  facts: { country?: DeriveFactJson; place?: DeriveFactJson; time?: DeriveFactJson; gap?: DeriveFactJson };
  statedGaps: { value: number; sources: SourceSpan[] }[];
}

/** One race in the `npm run derive` JSON. `id`, `name`, `event`, `date` and `results` are the stable contract. */
export interface DeriveRaceJson {
  id: string;
  name: string;
  event: string | null;
  /** yyyy-mm-dd when the text fixes it. */
  date: string | null;
  results: DeriveResultJson[];
  competition: string | null;
  round: string | null;
  sex: string | null;
  distance: number | null;
  /** An approximate date window when `date` is null and the text allows one. */
  dateRange: { earliest: string | null; latest: string | null; reason: string } | null;
  kind: Race['kind'];
  articles: string[];
  orderings: Race['orderings'];
  absences: Race['absences'];
  narrative: Race['narrative'];
}

/** The stable JSON contract of `npm run derive` (see README). */
export interface DeriveJson {
  races: DeriveRaceJson[];
  conflicts: Conflict[];
  issues: Issue[];
}

/** Shapes a dataset into the documented `npm run derive` JSON: plain values first, their evidence beside them. */
export function toDeriveJson(dataset: Dataset): DeriveJson {
  return { races: dataset.races.map(raceJson), conflicts: dataset.conflicts, issues: dataset.issues };
}

function raceJson(race: Race): DeriveRaceJson {
  return {
    id: race.id,
    name: race.name,
    event: race.event?.value ?? null,
    date: race.date?.value ?? null,
    results: race.results.map(resultJson),
    competition: race.competition?.value.name ?? null,
    round: race.round?.value ?? null,
    sex: race.sex?.value ?? null,
    distance: race.distance,
    dateRange: race.dateRange
      ? { earliest: race.dateRange.earliest, latest: race.dateRange.latest, reason: race.dateRange.reason }
      : null,
    kind: race.kind,
    articles: race.articles,
    orderings: race.orderings,
    absences: race.absences,
    narrative: race.narrative,
  };
}

function resultJson(r: Result): DeriveResultJson {
  const facts: DeriveResultJson['facts'] = {};
  const evidence = (f: Fact<unknown> | null): DeriveFactJson | undefined =>
    f ? { basis: f.basis, sources: f.sources } : undefined;
  if (r.country) facts.country = evidence(r.country);
  if (r.place) facts.place = evidence(r.place);
  if (r.time) facts.time = evidence(r.time);
  if (r.gap) facts.gap = evidence(r.gap);
  return {
    athlete: r.athlete,
    country: r.country?.value ?? null,
    place: r.place?.value ?? null,
    time: r.time?.basis === 'stated' ? r.time.value : null,
    gap: r.gap?.value ?? null,
    sources: [
      ...r.sources,
      ...(r.country?.sources ?? []).filter(
        (c) => !r.sources.some((s) => s.article === c.article && s.start === c.start),
      ),
    ],
    athleteId: r.athleteId,
    workedOutTime: r.time?.basis === 'derived' ? r.time.value : null,
    status: r.status,
    records: r.records.map((x) => x.value),
    facts,
    statedGaps: r.statedGaps.map((g) => ({ value: g.value, sources: g.sources })),
  };
}
