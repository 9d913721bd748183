import { useCallback } from 'react';
import {
  selectCurrentRace,
  selectDataset,
  selectDatasetError,
  selectRaceId,
  selectRacesByDate,
} from '../../state/selectors';
import { useAppStore } from '../../state/useAppStore';
import { IssueList } from '../common/IssueList';
import { RaceDetail } from './RaceDetail';
import { RaceList } from './RaceList';
import './races.css';

function NoRaces() {
  const articles = useAppStore((s) => s.articles.length);
  const error = useAppStore(selectDatasetError);
  const issues = useAppStore((s) => s.dataset.issues);
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">No races found</h2>
      <p>
        {articles === 0
          ? 'There are no articles to read.'
          : `None of the ${articles} ${articles === 1 ? 'article' : 'articles'} gave a race the app could recognise.`}
      </p>
      {error !== null && <p className="error-text">Reading the articles failed: {error}</p>}
      <IssueList issues={issues} />
    </section>
  );
}

/** The races page: the list of races and, for the chosen one, its results and sources. */
export function RacesView() {
  const races = useAppStore(selectRacesByDate);
  const race = useAppStore(selectCurrentRace);
  const raceId = useAppStore(selectRaceId);
  const dataset = useAppStore(selectDataset);
  const navigate = useAppStore((s) => s.navigate);
  const select = useCallback((id: string) => navigate({ view: 'races', raceId: id }), [navigate]);

  if (races.length === 0) return <NoRaces />;
  return (
    <div className="races-layout">
      <RaceList races={races} currentId={race?.id ?? null} onSelect={select} />
      {race !== null ? (
        <RaceDetail key={race.id} race={race} dataset={dataset} />
      ) : (
        <section className="empty-state" aria-labelledby="missing-heading">
          <h2 id="missing-heading">Race not found</h2>
          <p>
            No race has the id “{raceId}”. It may come from an article that is no longer loaded; choose a race
            from the list.
          </p>
        </section>
      )}
    </div>
  );
}
