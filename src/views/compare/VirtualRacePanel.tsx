import { useMemo } from 'react';
import { formatRaceTime } from '../../model/rivalry/formatRaceTime';
import { formatWhen } from '../../model/rivalry/formatWhen';
import { meetingWhen } from '../../model/rivalry/meetingWhen';
import { performancesOf } from '../../model/rivalry/performancesOf';
import { virtualRace } from '../../model/rivalry/virtualRace';
import type { Dataset } from '../../model/types';
import { useAppStore } from '../../state/useAppStore';
import { VirtualRaceReplay } from './VirtualRaceReplay';

/** Props of the virtual race panel. */
export interface VirtualRacePanelProps {
  dataset: Dataset;
  /** Athletes whose runs are offered, in column order. */
  athleteIds: readonly string[];
}

/**
 * Choose runs from different races and replay them together on one track. The choice lives in
 * the address (`virtual=`), so a shared link replays the same virtual race.
 */
export function VirtualRacePanel({ dataset, athleteIds }: VirtualRacePanelProps) {
  const picks = useAppStore((s) => s.virtual);
  const toggleVirtual = useAppStore((s) => s.toggleVirtual);
  const restart = useAppStore((s) => s.restart);
  // A new line-up is a new race: watch it from the gun.
  const toggle = (runner: { raceId: string; athleteId: string }): void => {
    toggleVirtual(runner);
    restart();
  };
  const { race, skipped } = useMemo(() => virtualRace(dataset.races, picks), [dataset.races, picks]);
  // Athletes from a shared link stay on offer even when they are not among the columns.
  const offered = [...new Set([...athleteIds, ...picks.map((p) => p.athleteId)])];
  const nameOf = (id: string): string => dataset.athletes.find((a) => a.id === id)?.name ?? id;
  const distance = race?.distance ?? null;
  const isPicked = (raceId: string, athleteId: string): boolean =>
    picks.some((p) => p.raceId === raceId && p.athleteId === athleteId);

  return (
    <section className="virtual-race" aria-labelledby="virtual-heading">
      <h3 id="virtual-heading">Virtual race</h3>
      <p id="virtual-help">
        Choose runs from different races to replay them together on one track. Each runner keeps the time of
        the chosen run; only runs over the same distance can race together.
      </p>
      <div className="virtual-choices">
        {offered.map((athleteId) => {
          const runs = performancesOf(dataset.races, athleteId);
          return (
            <fieldset key={athleteId}>
              <legend>{nameOf(athleteId)}</legend>
              {runs.length === 0 && <p className="compare-none">No timed runs in the articles.</p>}
              {runs.map((p) => {
                const picked = isPicked(p.race.id, athleteId);
                const otherDistance = !picked && distance !== null && p.distance !== distance;
                return (
                  <label key={p.race.id} className={otherDistance ? 'is-disabled' : undefined}>
                    <input
                      type="checkbox"
                      checked={picked}
                      disabled={otherDistance}
                      aria-describedby={otherDistance ? 'virtual-help' : undefined}
                      onChange={() => toggle({ raceId: p.race.id, athleteId })}
                    />{' '}
                    {formatRaceTime(p.time.value)} in {p.race.name} ({formatWhen(meetingWhen(p.race))})
                  </label>
                );
              })}
            </fieldset>
          );
        })}
      </div>
      {skipped.length > 0 && (
        <p className="virtual-skipped">
          Left out:{' '}
          {skipped.map((s) => `${nameOf(s.pick.athleteId)} in ${s.pick.raceId} (${s.reason})`).join('; ')}.
        </p>
      )}
      {race !== null && race.results.length >= 2 ? (
        <VirtualRaceReplay race={race} />
      ) : (
        <p className="virtual-empty">Choose at least two runs to race them.</p>
      )}
    </section>
  );
}
