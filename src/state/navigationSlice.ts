import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './store';
import type { View } from './url';

/** Which page is on screen and which race it is about. */
export interface NavigationSlice {
  view: View;
  /** The chosen race; null lets the view pick its default. */
  raceId: string | null;
  setView: (view: View) => void;
  selectRace: (raceId: string | null) => void;
  /** Changes view and race together, in one update (one history entry). */
  navigate: (to: { view?: View; raceId?: string | null }) => void;
}

/** Creates the navigation slice, opening on the races view. */
export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  view: 'races',
  raceId: null,
  setView: (view) => set({ view }),
  selectRace: (raceId) => set({ raceId }),
  navigate: (to) =>
    set((state) => ({
      view: to.view ?? state.view,
      raceId: to.raceId === undefined ? state.raceId : to.raceId,
    })),
});
