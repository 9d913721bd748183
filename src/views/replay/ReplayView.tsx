import { useEffect } from 'react';
import type { Race } from '../../model/types';
import { selectCurrentRace, selectRacesByDate } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/useAppStore';
import { IssueList } from '../common/IssueList';
import { CrossingAnnouncer } from './CrossingAnnouncer';
import { FinishTable } from './FinishTable';
import { PlayByPlay } from './PlayByPlay';
import { ReplayControls } from './ReplayControls';
import { ReplayStage } from './ReplayStage';
import { isReplayable, replayOf } from './replayOf';
import { usePlaybackClock } from './usePlaybackClock';
import { useReducedMotion } from './useReducedMotion';
import { useSpaceToPlay } from './useSpaceToPlay';
import './replay.css';

function RacePicker({ races, current }: { races: Race[]; current: Race | null }) {
  const navigate = useAppStore((s) => s.navigate);
  const restart = useAppStore((s) => s.restart);
  if (races.length < 2 && current !== null && isReplayable(current)) return null;
  return (
    <label className="replay-race-picker">
      <span>Race</span>
      <select
        value={current !== null && isReplayable(current) ? current.id : ''}
        onChange={(e) => {
          navigate({ raceId: e.currentTarget.value });
          restart();
        }}
      >
        {(current === null || !isReplayable(current)) && <option value="">Choose a race with times</option>}
        {races.map((race) => (
          <option key={race.id} value={race.id}>
            {race.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The replay page: a race's finish reconstructed from the articles and played like a video,
 * with the chart, the controls, the facts set aside, a play-by-play and the finish table.
 */
export function ReplayView() {
  const store = useAppStoreApi();
  const race = useAppStore(selectCurrentRace);
  const replayable = useAppStore(selectRacesByDate).filter(isReplayable);
  const replay = race === null ? null : replayOf(race);
  const reducedMotion = useReducedMotion();
  usePlaybackClock(store, replay?.duration ?? 0);
  useSpaceToPlay(store, replay !== null);

  // Opening a race at the gun plays it, unless the user asks for reduced motion: then nothing
  // moves until they press Play. A link to a later moment opens paused on that moment.
  const raceId = replay?.raceId ?? null;
  useEffect(() => {
    if (raceId === null || reducedMotion) return;
    const state = store.getState();
    if (state.t === 0 && !state.playing) state.play();
  }, [raceId, reducedMotion, store]);

  return (
    <div className="replay-view">
      <div className="replay-heading">
        <h2>{race === null ? 'Replay' : race.name}</h2>
        <RacePicker races={replayable} current={race} />
      </div>
      {replay === null ? (
        <p className="empty-state">
          {race === null
            ? 'No race to replay: no article gave a race with times.'
            : 'This race cannot be replayed: the articles give no distance or no finishing time for it.'}
        </p>
      ) : (
        <>
          <ReplayStage replay={replay} raceName={race!.name} />
          <ReplayControls duration={replay.duration} />
          <p className="replay-note replay-legend">
            Solid lanes and filled marks: stretches the articles pin down (a time at the line, a split, a
            stated pass or lead). Dashed lanes and hollow marks: reconstructed with typical pacing for the
            event. A dashed outline: place reported, time not reported.
          </p>
          {replay.issues.length > 0 && (
            <section aria-labelledby="replay-issues-heading">
              <h3 id="replay-issues-heading">Facts set aside</h3>
              <IssueList issues={replay.issues} />
            </section>
          )}
          <div className="replay-text">
            <section aria-labelledby="play-by-play-heading">
              <h3 id="play-by-play-heading">Play by play</h3>
              <PlayByPlay replay={replay} />
            </section>
            <section aria-labelledby="finish-heading">
              <h3 id="finish-heading">Finish</h3>
              <FinishTable replay={replay} />
            </section>
          </div>
          <CrossingAnnouncer replay={replay} />
        </>
      )}
    </div>
  );
}
