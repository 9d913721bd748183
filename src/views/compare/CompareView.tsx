import { useMemo } from 'react';
import { headToHead, pairsOf } from '../../model/rivalry/headToHead';
import { selectDataset } from '../../state/selectors';
import { useAppStore } from '../../state/useAppStore';
import { AthletePicker } from '../rivalry/AthletePicker';
import { HeadToHeadTable } from '../rivalry/HeadToHeadTable';
import { useChosenAthletes } from '../rivalry/useChosenAthletes';
import { useOpenRace } from '../rivalry/useOpenRace';
import { AthleteColumn } from './AthleteColumn';
import { VirtualRacePanel } from './VirtualRacePanel';
import '../rivalry/rivalry.css';
import './compare.css';

const MAX_COMPARED = 4;

/**
 * The comparison page: two to four athletes side by side (one column each), the head-to-head
 * record of each pair with their shared races, and a virtual race of chosen runs.
 */
export function CompareView() {
  const dataset = useAppStore(selectDataset);
  const chosen = useChosenAthletes(MAX_COMPARED);
  const openRace = useOpenRace();
  const { ids, nameOf } = chosen;
  const headToHeads = useMemo(
    () => pairsOf(ids).map(([a, b]) => headToHead(dataset.races, a, b)),
    [dataset.races, ids],
  );

  return (
    <section className="compare-view" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare athletes</h2>
      <p className="compare-intro">
        Two to four athletes side by side, from what the articles say. A <strong>win</strong> in a
        head-to-head means finishing ahead of the other athlete in the same race.
      </p>
      <AthletePicker
        label="Athletes compared"
        athletes={chosen.athletes}
        chosen={ids}
        onAdd={chosen.add}
        onRemove={chosen.remove}
        max={MAX_COMPARED}
        colourOf={chosen.colourOf}
      />
      {chosen.unknown.length > 0 && (
        <p className="compare-note">Not in the articles: {chosen.unknown.join(', ')}.</p>
      )}
      {ids.length === 0 ? (
        <p className="compare-empty">No athletes in the articles yet.</p>
      ) : (
        <>
          {ids.length < 2 && <p className="compare-note">Add another athlete to compare.</p>}
          <div className="compare-columns">
            {ids.map((id) => (
              <AthleteColumn
                key={id}
                dataset={dataset}
                athleteId={id}
                colour={chosen.colourOf(id)}
                onOpenRace={openRace}
              />
            ))}
          </div>
          {headToHeads.length > 0 && (
            <section className="compare-h2h" aria-labelledby="h2h-heading">
              <h3 id="h2h-heading">Head to head</h3>
              {headToHeads.map((h) => (
                <HeadToHeadTable key={`${h.a}|${h.b}`} headToHead={h} nameOf={nameOf} onOpenRace={openRace} />
              ))}
            </section>
          )}
          <VirtualRacePanel dataset={dataset} athleteIds={ids} />
        </>
      )}
    </section>
  );
}
