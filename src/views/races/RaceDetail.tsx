import { useMemo } from 'react';
import type { Dataset, Race } from '../../model/types';
import { IssueList } from '../common/IssueList';
import { ArticlesPanel } from './ArticlesPanel';
import { athleteNames } from './athleteNames';
import { issuesForRace } from './issuesForRace';
import { RaceConflicts } from './RaceConflicts';
import { RaceHeading } from './RaceHeading';
import { RaceStory } from './RaceStory';
import { ResultsTable } from './ResultsTable';

interface RaceDetailProps {
  race: Race;
  dataset: Dataset;
}

/** One race: what it is, its results table, disagreements, story, reading notes and articles. */
export function RaceDetail({ race, dataset }: RaceDetailProps) {
  const nameOf = useMemo(() => athleteNames(race, dataset.athletes), [race, dataset.athletes]);
  const conflicts = useMemo(
    () => dataset.conflicts.filter((c) => c.raceId === race.id),
    [dataset.conflicts, race.id],
  );
  const issues = useMemo(() => issuesForRace(dataset.issues, race, dataset.races), [dataset, race]);
  const remarks = useMemo(
    () => dataset.remarks.filter((r) => r.raceId === race.id),
    [dataset.remarks, race.id],
  );
  return (
    <article className="race-detail" aria-labelledby="race-title">
      <RaceHeading race={race} conflicts={conflicts.filter((c) => c.athleteId === null)} />
      <div className="race-body">
        <div className="race-main">
          {race.results.length > 0 ? (
            <ResultsTable race={race} conflicts={conflicts} />
          ) : (
            <p className="notice">
              Narrative only: the articles tell the story of this race but give no places or times.
            </p>
          )}
          <RaceConflicts conflicts={conflicts} nameOf={nameOf} />
          <RaceStory race={race} remarks={remarks} nameOf={nameOf} />
          {issues.length > 0 && (
            <section className="story-section" aria-labelledby="issues-heading">
              <h3 id="issues-heading">Reading notes</h3>
              <p className="quiet">What the reader could not settle in these articles.</p>
              <IssueList issues={issues} />
            </section>
          )}
        </div>
        <ArticlesPanel race={race} />
      </div>
    </article>
  );
}
