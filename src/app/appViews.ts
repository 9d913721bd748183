import { CompareView } from '../views/compare/CompareView';
import { RacesView } from '../views/races/RacesView';
import { ReplayView } from '../views/replay/ReplayView';
import { RivalryView } from '../views/rivalry/RivalryView';
import type { ViewRegistry } from './App';

/** The views this build shows, one tab each, in the order of VIEWS. Add a view here to give it a tab. */
export const appViews: ViewRegistry = {
  races: RacesView,
  replay: ReplayView,
  rivalry: RivalryView,
  compare: CompareView,
};
