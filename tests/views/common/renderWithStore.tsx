import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Article } from '../../../src/data/types';
import type { Dataset } from '../../../src/model/types';
import { createAppStore } from '../../../src/state/store';
import { AppStoreContext } from '../../../src/state/useAppStore';
import { ARTICLES, parisDataset } from './datasetFixture';

/** Renders `ui` inside a fresh store that holds `dataset` (hand-written, no extractor involved). */
export function renderWithStore(
  ui: ReactElement,
  dataset: Dataset = parisDataset(),
  articles: Article[] = ARTICLES,
) {
  const store = createAppStore(articles, { derive: () => dataset });
  return { store, ...render(<AppStoreContext value={store}>{ui}</AppStoreContext>) };
}
