import { useMemo } from 'react';
import { athleteColour } from '../../charts/rivalry-timeline/athleteColour';
import { mostMentioned } from '../../model/rivalry/mostMentioned';
import { shortNames } from '../../model/rivalry/shortNames';
import type { Athlete } from '../../model/types';
import { selectDataset } from '../../state/selectors';
import { useAppStore } from '../../state/useAppStore';

/** How many athletes a view starts with when none are chosen. */
export const DEFAULT_ATHLETE_COUNT = 3;

/** The athletes a rivalry or comparison view shows, and how to change them. */
export interface ChosenAthletes {
  /** Chosen ids that the corpus knows, at most `max`. */
  ids: string[];
  /** True when nobody chose: the ids are the athletes the corpus mentions most. */
  isDefault: boolean;
  /** Ids from the address that the corpus does not know. */
  unknown: string[];
  athletes: Athlete[];
  add: (athleteId: string) => void;
  remove: (athleteId: string) => void;
  colourOf: (athleteId: string) => string;
  /** Short display name ("Okafor"). */
  nameOf: (athleteId: string) => string;
}

/** The chosen athletes from the store, or the corpus's most-mentioned when none are chosen. */
export function useChosenAthletes(max: number): ChosenAthletes {
  const dataset = useAppStore(selectDataset);
  const stored = useAppStore((s) => s.athletes);
  const setAthletes = useAppStore((s) => s.setAthletes);
  return useMemo(() => {
    const known = new Set(dataset.athletes.map((a) => a.id));
    const chosen = stored.filter((id) => known.has(id)).slice(0, max);
    const isDefault = stored.length === 0;
    const ids = isDefault ? mostMentioned(dataset, Math.min(max, DEFAULT_ATHLETE_COUNT)) : chosen;
    const nameOf = shortNames(dataset.athletes);
    return {
      ids,
      isDefault,
      unknown: stored.filter((id) => !known.has(id)),
      athletes: dataset.athletes,
      add: (athleteId) => setAthletes([...ids, athleteId]),
      remove: (athleteId) => setAthletes(ids.filter((id) => id !== athleteId)),
      colourOf: (athleteId) => athleteColour(Math.max(0, ids.indexOf(athleteId))),
      nameOf,
    };
  }, [dataset, stored, setAthletes, max]);
}
