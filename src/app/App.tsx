import { useEffect, type ComponentType, type MouseEvent } from 'react';
import { selectCurrentRace, selectRaceId, selectView } from '../state/selectors';
import type { AppStore } from '../state/store';
import { DEFAULT_URL_STATE, serializeUrl, VIEWS, type View } from '../state/url';
import { AppStoreContext, useAppStore } from '../state/useAppStore';
import { ErrorBoundary } from './ErrorBoundary';

/** The pages the app can show; each view registers itself in appViews.ts. */
export type ViewRegistry = Partial<Record<View, ComponentType>>;

const VIEW_LABELS: Record<View, string> = {
  races: 'Races',
  replay: 'Replay',
  rivalry: 'Rivalry',
  compare: 'Compare',
};

const isPlainClick = (e: MouseEvent): boolean =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

function Shell({ views }: { views: ViewRegistry }) {
  const view = useAppStore(selectView);
  const raceId = useAppStore(selectRaceId);
  const race = useAppStore(selectCurrentRace);
  const navigate = useAppStore((s) => s.navigate);
  // An address naming a view this build does not have opens the races.
  const active: View = views[view] !== undefined ? view : 'races';
  const Page = views[active];
  const tabs = VIEWS.filter((v) => views[v] !== undefined);

  useEffect(() => {
    document.title =
      race === null ? 'Race visualiser' : `${race.name} · ${VIEW_LABELS[active]} · Race visualiser`;
  }, [race, active]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">
          <p className="brand-name">Race visualiser</p>
          <p className="brand-tagline">
            Results, gaps and stories read from race reports, every number with its quote
          </p>
        </div>
        <nav className="app-nav" aria-label="Views">
          <ul>
            {tabs.map((v) => (
              <li key={v}>
                <a
                  href={serializeUrl({ ...DEFAULT_URL_STATE, view: v, race: raceId })}
                  aria-current={v === active ? 'page' : undefined}
                  onClick={(e) => {
                    if (!isPlainClick(e)) return;
                    e.preventDefault();
                    navigate({ view: v });
                  }}
                >
                  {VIEW_LABELS[v]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <ErrorBoundary key={active} what={`the ${VIEW_LABELS[active]} view`}>
          {Page !== undefined && <Page />}
        </ErrorBoundary>
      </main>
    </>
  );
}

interface AppProps {
  store: AppStore;
  views: ViewRegistry;
}

/** The app shell: header, view tabs and the chosen view, reading from `store`. */
export function App({ store, views }: AppProps) {
  return (
    <AppStoreContext value={store}>
      <Shell views={views} />
    </AppStoreContext>
  );
}
