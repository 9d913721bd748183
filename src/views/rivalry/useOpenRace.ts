import { useCallback } from 'react';
import type { Race } from '../../model/types';
import { useAppStore } from '../../state/useAppStore';

/** True when a race has a time to replay. */
export const hasTimes = (race: Race): boolean => race.results.some((r) => r.time !== null);

/** Opens a race: its replay from the start when it has times, else its page in the races view. */
export function useOpenRace(): (race: Race) => void {
  const navigate = useAppStore((s) => s.navigate);
  const restart = useAppStore((s) => s.restart);
  return useCallback(
    (race: Race) => {
      navigate({ view: hasTimes(race) ? 'replay' : 'races', raceId: race.id });
      restart();
    },
    [navigate, restart],
  );
}
