import type { Dataset } from '../types';
import { absencesOf, runnersOf } from './meetingsOf';

/**
 * The ids of the `count` athletes the corpus mentions most, among those who ran or were reported
 * absent from at least one race (an athlete in no race has no meeting to draw). Ties go to the
 * athlete in more races, then by name, so the choice is stable.
 */
export function mostMentioned(dataset: Pick<Dataset, 'athletes' | 'races'>, count: number): string[] {
  const races = new Map<string, number>();
  for (const race of dataset.races) {
    const ids = new Set([...runnersOf(race), ...absencesOf(race).map((a) => a.athleteId)]);
    for (const id of ids) races.set(id, (races.get(id) ?? 0) + 1);
  }
  return dataset.athletes
    .filter((a) => (races.get(a.id) ?? 0) > 0)
    .sort(
      (x, y) =>
        y.mentions - x.mentions ||
        (races.get(y.id) ?? 0) - (races.get(x.id) ?? 0) ||
        x.name.localeCompare(y.name, 'en'),
    )
    .slice(0, Math.max(0, count))
    .map((a) => a.id);
}
