import type { RecordKind, Seconds, SourceSpan } from '../../data/types';
import type { Athlete, CompetitionKind, Dataset, Fact, Race, Remark, Result } from '../types';
import { bestTimes } from './bestTimes';
import type { Performance } from './performancesOf';
import { meetingWhen } from './meetingWhen';
import type { MeetingWhen } from './meetingWhen';
import { absencesOf, compareMeetings, runnersOf } from './meetingsOf';

/** A medal: a top-three place in the final of a championship. */
export type Medal = 'gold' | 'silver' | 'bronze';

/** A medal won, with the race and the place that says so. */
export interface MedalWon {
  medal: Medal;
  race: Race;
  place: Fact<number>;
}

/** A record or best an athlete's result carries (OR, NR, WL, PB ...). */
export interface RecordSet {
  record: RecordKind;
  race: Race;
  time: Fact<Seconds> | null;
  sources: SourceSpan[];
}

/** A race an athlete ran (with their result when the race lists one) or was reported absent from. */
export interface Appearance {
  race: Race;
  result: Result | null;
  absent: boolean;
  when: MeetingWhen;
}

/** Everything the corpus says about one athlete, for a comparison column. */
export interface AthleteProfile {
  athlete: Athlete;
  /** The athlete's country, else the first country a result of theirs states. */
  country: Fact<string> | null;
  bestTimes: Performance[];
  medals: MedalWon[];
  records: RecordSet[];
  /** In time order. */
  appearances: Appearance[];
  /** What the athlete said. */
  quotes: Remark[];
}

// Medals are awarded at championships; a win at a one-day meeting is not a medal.
const CHAMPIONSHIPS: ReadonlySet<CompetitionKind> = new Set<CompetitionKind>([
  'olympics',
  'world-championships',
  'world-indoors',
  'continental',
  'commonwealth',
]);
const MEDALS: readonly Medal[] = ['gold', 'silver', 'bronze'];

function medalOf(race: Race, result: Result): MedalWon | null {
  const place = result.place;
  const kind = race.competition?.value.kind;
  if (!place || kind === undefined || !CHAMPIONSHIPS.has(kind)) return null;
  // Medals are won in finals. A race whose round nobody states is taken as the final: articles
  // name heats and semi-finals as such, and call the medal race just "the 5000m".
  const round = race.round?.value ?? 'final';
  if (round !== 'final' || result.status !== 'finished') return null;
  const medal = MEDALS[place.value - 1];
  return medal ? { medal, race, place } : null;
}

/** The profile of athlete `athleteId` in `dataset`, or null when there is no such athlete. */
export function athleteProfile(dataset: Dataset, athleteId: string): AthleteProfile | null {
  const athlete = dataset.athletes.find((a) => a.id === athleteId);
  if (!athlete) return null;
  const appearances: Appearance[] = [];
  const medals: MedalWon[] = [];
  const records: RecordSet[] = [];
  let country = athlete.country;
  for (const race of dataset.races) {
    const result = race.results.find((r) => r.athleteId === athleteId && r.status !== 'dns') ?? null;
    const ran = runnersOf(race).includes(athleteId);
    const absent = !ran && absencesOf(race).some((a) => a.athleteId === athleteId);
    if (!ran && !absent) continue;
    appearances.push({ race, result, absent, when: meetingWhen(race) });
    if (!result) continue;
    country ??= result.country;
    const medal = medalOf(race, result);
    if (medal) medals.push(medal);
    for (const rec of result.records) {
      records.push({ record: rec.value, race, time: result.time, sources: rec.sources });
    }
  }
  appearances.sort(compareMeetings);
  const order = new Map(appearances.map((a, i) => [a.race.id, i]));
  const byRace = (x: { race: Race }, y: { race: Race }): number =>
    (order.get(x.race.id) ?? 0) - (order.get(y.race.id) ?? 0);
  return {
    athlete,
    country,
    bestTimes: bestTimes(dataset.races, athleteId),
    medals: medals.sort(byRace),
    records: records.sort(byRace),
    appearances,
    quotes: dataset.remarks.filter((r) => r.speakerId === athleteId),
  };
}
