import type { Race } from '../types';
import { performancesOf } from './performancesOf';
import type { Performance } from './performancesOf';

/**
 * The fastest time of `athleteId` in each event the corpus has a time for, shortest event first.
 * Runs in a race without a known event or distance are left out: they cannot be compared.
 */
export function bestTimes(races: readonly Race[], athleteId: string): Performance[] {
  const best = new Map<string, Performance>();
  for (const p of performancesOf(races, athleteId)) {
    if (p.event === null) continue;
    const current = best.get(p.event);
    if (!current || p.time.value < current.time.value) best.set(p.event, p);
  }
  return [...best.values()];
}
