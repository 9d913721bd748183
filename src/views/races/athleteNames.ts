import type { Athlete, Race } from '../../model/types';

/**
 * A lookup from athlete id to display name: the race's own results first, then the corpus;
 * an id nobody names is shown as it is rather than hidden.
 */
export function athleteNames(race: Race, athletes: readonly Athlete[]): (athleteId: string) => string {
  const names = new Map<string, string>(athletes.map((a) => [a.id, a.name]));
  for (const r of race.results) names.set(r.athleteId, r.athlete);
  return (athleteId) => names.get(athleteId) ?? athleteId;
}
