import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './store';

/** Carries the app's store to the views; src/app provides it, tests provide their own. */
export const AppStoreContext = createContext<AppStore | null>(null);

/** The store from context; throws when a view is rendered outside a provider (a wiring bug). */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (store === null) throw new Error('No app store: wrap the view in <AppStoreContext value={store}>.');
  return store;
}

/** Reads a narrow slice of state; re-renders only when the selected value changes (Object.is). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
