import { seconds } from '../../data/types';
import type { SourceSpan } from '../../data/types';
import type { Race, Result } from '../types';

/** One performance chosen for a virtual race: an athlete's run in a race. */
export interface VirtualPick {
  raceId: string;
  athleteId: string;
}

/** A virtual race and the picks that could not run in it, with why. */
export interface VirtualRace {
  /** Null when no pick could run. */
  race: Race | null;
  skipped: { pick: VirtualPick; reason: string }[];
}

/** The prefix of every virtual race id: a virtual race is never a race that took place. */
export const VIRTUAL_RACE_PREFIX = 'virtual:';

/** True when `raceId` names a virtual race. */
export const isVirtualRaceId = (raceId: string): boolean => raceId.startsWith(VIRTUAL_RACE_PREFIX);

/** How a virtual runner names the race the run comes from: its competition, else the race name. */
export function sourceRaceLabel(race: Race): string {
  return race.competition?.value.name ?? race.name;
}

const roundMs = (s: number): number => Math.round(s * 1000) / 1000;

/**
 * A synthetic race in which the chosen performances run together: each runner keeps the time of
 * the chosen run; places and gaps are derived from those times. Picks that are missing, untimed,
 * repeated or of another distance than the first runnable pick are skipped. Nothing in it is
 * stated by an article about this race, which never took place: its id starts with `virtual:`,
 * its name with "Virtual race:", and every place and gap is `derived`.
 */
export function virtualRace(races: readonly Race[], picks: readonly VirtualPick[]): VirtualRace {
  const skipped: VirtualRace['skipped'] = [];
  const chosen: { pick: VirtualPick; race: Race; result: Result }[] = [];
  for (const pick of picks) {
    const race = races.find((r) => r.id === pick.raceId);
    const result = race?.results.find((r) => r.athleteId === pick.athleteId);
    const first = chosen[0];
    if (!race || !result) skipped.push({ pick, reason: 'not in the dataset' });
    else if (!result.time || result.status !== 'finished')
      skipped.push({ pick, reason: 'no finishing time' });
    else if (chosen.some((c) => c.race.id === race.id && c.result.athleteId === result.athleteId)) {
      skipped.push({ pick, reason: 'chosen twice' });
    } else if (first && first.race.distance !== race.distance) {
      skipped.push({ pick, reason: 'a different distance' });
    } else chosen.push({ pick, race, result });
  }
  const first = chosen[0];
  if (!first) return { race: null, skipped };

  const repeated = (athleteId: string): boolean =>
    chosen.filter((c) => c.result.athleteId === athleteId).length > 1;
  const timed = chosen
    .map((c) => ({ ...c, time: c.result.time?.value ?? 0 }))
    .sort((x, y) => x.time - y.time);
  const winner = timed[0]?.time ?? 0;
  const results: Result[] = timed.map(({ race, result, time }) => {
    const timeSources = result.time?.sources ?? [];
    const placeValue = timed.filter((t) => t.time < time).length + 1;
    return {
      ...result,
      // The same athlete may run twice (two of their races): ids must stay unique within a race.
      athleteId: repeated(result.athleteId) ? `${result.athleteId}~${race.id}` : result.athleteId,
      athlete: `${result.athlete} (${sourceRaceLabel(race)})`,
      place: { value: placeValue, sources: timeSources, basis: 'derived' },
      gap: { value: seconds(roundMs(time - winner)), sources: timeSources, basis: 'derived' },
      statedGaps: [],
      // Records belong to the race they were set in, not to this one.
      records: [],
    };
  });
  const sources: SourceSpan[] = chosen.flatMap((c) => c.result.sources);
  const race: Race = {
    id: `${VIRTUAL_RACE_PREFIX}${chosen.map((c) => `${c.race.id}~${c.result.athleteId}`).join(',')}`,
    name: `Virtual race: ${results.map((r) => r.athlete).join(' v ')}`,
    competition: null,
    event: first.race.event,
    distance: first.race.distance,
    sex: first.race.sex,
    round: null,
    date: null,
    dateRange: null,
    results,
    orderings: [],
    narrative: [],
    absences: [],
    kind: 'results',
    articles: [...new Set(chosen.flatMap((c) => c.race.articles))],
    sources,
  };
  return { race, skipped };
}
