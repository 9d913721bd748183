import type { Athlete } from '../types';

/**
 * Short display names for athletes: the surname ("Okafor"), or the full name where two of
 * `athletes` share a surname. Ids not among `athletes` map to themselves.
 */
export function shortNames(athletes: readonly Athlete[]): (athleteId: string) => string {
  const surname = (a: Athlete): string => a.name.trim().split(/\s+/).at(-1) ?? a.name;
  const counts = new Map<string, number>();
  for (const a of athletes) counts.set(surname(a), (counts.get(surname(a)) ?? 0) + 1);
  const names = new Map(athletes.map((a) => [a.id, (counts.get(surname(a)) ?? 0) > 1 ? a.name : surname(a)]));
  return (athleteId) => names.get(athleteId) ?? athleteId;
}
