import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Race } from '../../../src/model/types';
import { createAppStore } from '../../../src/state/store';
import { AppStoreContext } from '../../../src/state/useAppStore';
import { ReplayView } from '../../../src/views/replay/ReplayView';
import { parisFinal } from '../../model/replay/raceFixture';

/** Makes `prefers-reduced-motion: reduce` match (or not) for the views under test. */
export function preferReducedMotion(reduce: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

/** Renders the replay view on a fresh store holding `races` (the Paris final by default). */
export function renderReplay(races: Race[] = [parisFinal()], t = 0) {
  const store = createAppStore([{ name: 'test.txt', text: '' }], {
    derive: () => ({ races, athletes: [], remarks: [], conflicts: [], issues: [] }),
  });
  store.setState({ view: 'replay', raceId: races[0]?.id ?? null, t });
  return { store, ...render(<AppStoreContext value={store}>{<ReplayView />}</AppStoreContext>) };
}
