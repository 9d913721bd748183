import { createAppStore } from '../state/store';
import { seedArticles } from './seedArticles';

/** The app's one store instance, opened on the seed articles. Tests make their own. */
export const appStore = createAppStore(seedArticles);
