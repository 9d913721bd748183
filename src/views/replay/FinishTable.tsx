import type { RaceReplay, Trajectory } from '../../model/replay/types';
import { useAppStore } from '../../state/useAppStore';
import { formatGap } from '../common/formatGap';
import { formatTime } from '../common/formatTime';

type Row = { kind: 'runner'; trajectory: Trajectory } | { kind: 'empty'; from: number; to: number };

// Places no article mentions are shown as such, never filled with invented runners.
function rowsOf(trajectories: readonly Trajectory[]): Row[] {
  const rows: Row[] = [];
  let previous = 0;
  for (const trajectory of trajectories) {
    if (trajectory.place !== null && trajectory.place > previous + 1) {
      rows.push({ kind: 'empty', from: previous + 1, to: trajectory.place - 1 });
    }
    if (trajectory.place !== null) previous = trajectory.place;
    rows.push({ kind: 'runner', trajectory });
  }
  return rows;
}

/**
 * The finish as a table: place, athlete, country, time and gap to the winner in seconds and in
 * metres. Spoiler-free, it waits until the replay reaches the line.
 */
export function FinishTable({ replay }: { replay: RaceReplay }) {
  const hidden = useAppStore((s) => s.spoilerFree && s.t < replay.winnerTime);
  if (hidden) return <p className="replay-note">Results are hidden until the replay reaches the line.</p>;
  const winner = replay.winnerTime;
  return (
    <table className="finish-table">
      <caption>Finish order, times and gaps</caption>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Athlete</th>
          <th scope="col">Country</th>
          <th scope="col">Time</th>
          <th scope="col">Behind</th>
          <th scope="col">Metres behind</th>
        </tr>
      </thead>
      <tbody>
        {rowsOf(replay.trajectories).map((row) =>
          row.kind === 'empty' ? (
            <tr key={`empty-${row.from}`} className="finish-empty">
              <td>{row.from === row.to ? row.from : `${row.from}–${row.to}`}</td>
              <td colSpan={5}>No article names {row.from === row.to ? 'this place' : 'these places'}.</td>
            </tr>
          ) : (
            <tr key={row.trajectory.athleteId}>
              <td>{row.trajectory.place ?? ''}</td>
              <th scope="row">{row.trajectory.athlete}</th>
              <td>{row.trajectory.country ?? ''}</td>
              <td>
                {row.trajectory.timeReported ? formatTime(row.trajectory.finishTime) : 'time not reported'}
              </td>
              <td>
                {row.trajectory.timeReported
                  ? formatGap(Math.round((row.trajectory.finishTime - winner) * 1000) / 1000)
                  : ''}
              </td>
              <td>
                {row.trajectory.timeReported
                  ? `${((row.trajectory.finishTime - winner) * row.trajectory.finishSpeed).toFixed(1)} m`
                  : ''}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
