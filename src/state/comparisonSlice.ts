import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './store';
import type { VirtualRunner } from './url';

/**
 * The athletes being compared or followed as rivals, and the performances run together in a
 * virtual race. An empty `athletes` list means "the default": the athletes the corpus mentions most.
 */
export interface ComparisonSlice {
  athletes: string[];
  virtual: VirtualRunner[];
  setAthletes: (athleteIds: readonly string[]) => void;
  /** Adds an athlete at the end, once. */
  addAthlete: (athleteId: string) => void;
  removeAthlete: (athleteId: string) => void;
  setVirtual: (runners: readonly VirtualRunner[]) => void;
  /** Adds a performance to the virtual race, or takes it out when it is already in. */
  toggleVirtual: (runner: VirtualRunner) => void;
}

const same = (a: VirtualRunner, b: VirtualRunner): boolean =>
  a.raceId === b.raceId && a.athleteId === b.athleteId;

/** Creates the comparison slice: no athletes chosen (the default list), no virtual race. */
export const createComparisonSlice: StateCreator<AppState, [], [], ComparisonSlice> = (set) => ({
  athletes: [],
  virtual: [],
  setAthletes: (athleteIds) => set({ athletes: [...new Set(athleteIds)] }),
  addAthlete: (athleteId) =>
    set((s) => (s.athletes.includes(athleteId) ? {} : { athletes: [...s.athletes, athleteId] })),
  removeAthlete: (athleteId) => set((s) => ({ athletes: s.athletes.filter((id) => id !== athleteId) })),
  setVirtual: (runners) =>
    set({ virtual: runners.filter((r, i) => runners.findIndex((o) => same(o, r)) === i) }),
  toggleVirtual: (runner) =>
    set((s) => ({
      virtual: s.virtual.some((v) => same(v, runner))
        ? s.virtual.filter((v) => !same(v, runner))
        : [...s.virtual, { raceId: runner.raceId, athleteId: runner.athleteId }],
    })),
});
