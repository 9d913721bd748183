import { formatRaceTime } from '../../model/rivalry/formatRaceTime';
import type { Race } from '../../model/types';

/** Props of the virtual race replay. */
export interface VirtualRaceReplayProps {
  race: Race;
}

/**
 * A virtual race, labelled as such: the finishing order its chosen times give, each time with
 * the race it was run in. Places and gaps are computed by the app, never reported.
 */
export function VirtualRaceReplay({ race }: VirtualRaceReplayProps) {
  return (
    <div className="virtual-replay">
      <p className="virtual-badge">
        Virtual race: never run. Places and gaps are computed from the chosen times.
      </p>
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
