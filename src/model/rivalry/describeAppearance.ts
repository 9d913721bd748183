import type { Race } from '../types';
import { describeEntrant } from './describePairMeeting';

/**
 * How an athlete did in a race, in words, without their name: "2nd 3:41.20", "(dnf)", "did not
 * run", "behind Okafor (reported in text)" when only the story orders them, else "ran".
 */
export function describeAppearance(race: Race, athleteId: string, nameOf: (id: string) => string): string {
  if (
    race.absences.some((a) => a.athleteId === athleteId) &&
    !race.results.some((r) => r.athleteId === athleteId)
  ) {
    return 'did not run';
  }
  const entrant = describeEntrant(race, athleteId, '').trim();
  if (entrant !== '') return entrant;
  const ahead = race.orderings.filter((o) => o.ahead === athleteId).map((o) => nameOf(o.behind));
  const behind = race.orderings.filter((o) => o.behind === athleteId).map((o) => nameOf(o.ahead));
  const parts = [
    ahead.length > 0 ? `ahead of ${ahead.join(' and ')}` : '',
    behind.length > 0 ? `behind ${behind.join(' and ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join('; ')} (reported in text)` : 'ran';
}
