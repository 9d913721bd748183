import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Dataset } from '../../../src/model/types';
import { createAppStore, type AppStore } from '../../../src/state/store';
import { AppStoreContext } from '../../../src/state/useAppStore';
import { rivalryDataset } from '../../model/rivalry/rivalryFixture';

/**
 * Renders `ui` with a fresh store holding `dataset` (the rivalry fixture by default); `init`
 * sets the store up first, as a shared link would.
 */
export function renderWithStore(
  ui: ReactElement,
  dataset: Dataset = rivalryDataset(),
  init?: (store: AppStore) => void,
): { store: AppStore } {
  const store = createAppStore([], { derive: () => dataset });
  init?.(store);
  render(<AppStoreContext value={store}>{ui}</AppStoreContext>);
  return { store };
}
