import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Dataset } from '../../../src/model/types';
import { createAppStore, type AppStore } from '../../../src/state/store';
import { AppStoreContext } from '../../../src/state/useAppStore';
import { rivalryDataset } from '../../model/rivalry/rivalryFixture';

/** Renders `ui` with a fresh store holding `dataset` (the rivalry fixture by default). */
export function renderWithStore(ui: ReactElement, dataset: Dataset = rivalryDataset()): { store: AppStore } {
  const store = createAppStore([], { derive: () => dataset });
  render(<AppStoreContext value={store}>{ui}</AppStoreContext>);
  return { store };
}
