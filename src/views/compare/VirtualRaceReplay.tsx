import { useMemo } from 'react';
import { formatRaceTime } from '../../model/rivalry/formatRaceTime';
import type { Race } from '../../model/types';
import { useAppStore, useAppStoreApi } from '../../state/useAppStore';
import { ReplayControls } from '../replay/ReplayControls';
import { ReplayStage } from '../replay/ReplayStage';
import { replayOf } from '../replay/replayOf';
import { usePlaybackClock } from '../replay/usePlaybackClock';
import '../replay/replay.css';

/** Props of the virtual race replay. */
export interface VirtualRaceReplayProps {
  race: Race;
}

/** The timed runners in the order they cross the line. */
function byFinish(race: Race): Race['results'] {
  return race.results
    .filter((r) => r.time !== null)
    .sort((a, b) => (a.time?.value ?? 0) - (b.time?.value ?? 0));
}

/**
 * A virtual race, labelled as such, replayed with the finish-line replay and the player's
 * controls: every runner keeps the time of the chosen run, so they cross the line in time order.
 * Beside it, in words: who has crossed the line so far, and the computed finishing order.
 */
export function VirtualRaceReplay({ race }: VirtualRaceReplayProps) {
  const store = useAppStoreApi();
  const replay = useMemo(() => replayOf(race), [race]);
  const order = useMemo(() => byFinish(race), [race]);
  // How many are home changes a few times a race; subscribing to it, not to t, spares a render a frame.
  const home = useAppStore((s) => order.filter((r) => (r.time?.value ?? Infinity) <= s.t).length);
  usePlaybackClock(store, replay?.duration ?? 0);
  const crossed = order.slice(0, home);
  return (
    <div className="virtual-replay">
      <p className="virtual-badge">
        Virtual race: never run. Each runner keeps the time of the chosen run; places and gaps are computed.
      </p>
      {replay === null ? (
        <p className="virtual-empty">This virtual race cannot be replayed: its runs have no distance.</p>
      ) : (
        <>
          <ReplayControls duration={replay.duration} />
          <ReplayStage replay={replay} raceName={race.name} />
        </>
      )}
      <div className="virtual-crossed" aria-live="polite">
        <p>{crossed.length === 0 ? 'Nobody has crossed the line yet.' : 'Crossed the line:'}</p>
        <ol aria-label="Crossed the line">
          {crossed.map((r) => (
            <li key={r.athleteId}>
              {r.athlete} {r.time ? formatRaceTime(r.time.value) : ''}
            </li>
          ))}
        </ol>
      </div>
      <table className="virtual-order">
        <caption>Finishing order of the virtual race</caption>
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Runner (race run in)</th>
            <th scope="col">Time</th>
            <th scope="col">Gap</th>
          </tr>
        </thead>
        <tbody>
          {race.results.map((r) => (
            <tr key={r.athleteId}>
              <td>{r.place?.value ?? '—'}</td>
              <th scope="row">{r.athlete}</th>
              <td>{r.time ? formatRaceTime(r.time.value) : '—'}</td>
              <td>{r.gap && r.gap.value > 0 ? `+${formatRaceTime(r.gap.value)}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
