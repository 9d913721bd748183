import { useMemo, useState } from 'react';
import { athleteColour } from '../../charts/rivalry-timeline/athleteColour';
import {
  layoutRivalryTimeline,
  type TimelineLayout,
} from '../../charts/rivalry-timeline/layoutRivalryTimeline';
import { RivalryTimelineChart } from '../../charts/rivalry-timeline/RivalryTimelineChart';
import { RivalryTimelineLegend } from '../../charts/rivalry-timeline/RivalryTimelineLegend';
import { headToHead, pairsOf, type HeadToHead, type PairMeeting } from '../../model/rivalry/headToHead';
import { remarksBetween } from '../../model/rivalry/remarksBetween';
import { selectDataset } from '../../state/selectors';
import { useAppStore } from '../../state/useAppStore';
import { SourceQuotes } from '../common/SourceQuotes';
import { AthletePicker } from './AthletePicker';
import { HeadToHeadTable } from './HeadToHeadTable';
import { MeetingDetail } from './MeetingDetail';
import { RemarkList } from './RemarkList';
import { useChosenAthletes } from './useChosenAthletes';
import { useElementWidth } from './useElementWidth';
import { useOpenRace } from './useOpenRace';
import './rivalry.css';

// Six athletes make fifteen pairs of lanes: more would not fit a screen.
const MAX_RIVALS = 6;

function findPairMeeting(
  layout: TimelineLayout,
  headToHeads: readonly HeadToHead[],
  key: string | null,
): { headToHead: HeadToHead; meeting: PairMeeting } | null {
  for (const [i, lane] of layout.lanes.entries()) {
    const h = headToHeads[i];
    const pm = h?.meetings[lane.marks.findIndex((m) => m.key === key)];
    if (h && pm) return { headToHead: h, meeting: pm };
  }
  return null;
}

/** The rivalry page: every meeting among the chosen athletes on a time axis, with remarks and a table. */
export function RivalryView() {
  const dataset = useAppStore(selectDataset);
  const chosen = useChosenAthletes(MAX_RIVALS);
  const openRace = useOpenRace();
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [chartRef, width] = useElementWidth<HTMLDivElement>(760);
  const { ids, nameOf } = chosen;

  const headToHeads = useMemo(
    () => pairsOf(ids).map(([a, b]) => headToHead(dataset.races, a, b)),
    [dataset.races, ids],
  );
  const remarks = useMemo(() => remarksBetween(dataset.remarks, ids), [dataset.remarks, ids]);
  const athletes = useMemo(
    () => ids.map((id, i) => ({ id, name: nameOf(id), colour: athleteColour(i) })),
    [ids, nameOf],
  );
  const layout = useMemo(
    () =>
      layoutRivalryTimeline({
        athletes,
        headToHeads,
        remarks,
        races: dataset.races,
        width: Math.max(520, width),
      }),
    [athletes, headToHeads, remarks, dataset.races, width],
  );
  const focusedPair = findPairMeeting(layout, headToHeads, focusedKey);
  const focusedRemark = layout.remarks.find((r) => r.key === focusedKey) ?? null;
  const meetingCount = new Set(headToHeads.flatMap((h) => h.meetings.map((m) => m.meeting.race.id))).size;

  return (
    <section className="rivalry-view" aria-labelledby="rivalry-heading">
      <h2 id="rivalry-heading">Rivalry timeline</h2>
      <p className="rivalry-intro">
        Every meeting of the chosen athletes in the articles, one lane per pair. A <strong>win</strong> means
        finishing ahead of the other athlete in the same race, whatever the places; an absence counts no win.
        {chosen.isDefault && ' Shown first: the athletes the articles mention most.'}
      </p>
      <AthletePicker
        label="Athletes on the timeline"
        athletes={chosen.athletes}
        chosen={ids}
        onAdd={chosen.add}
        onRemove={chosen.remove}
        max={MAX_RIVALS}
        colourOf={chosen.colourOf}
      />
      {chosen.unknown.length > 0 && (
        <p className="rivalry-note">Not in the articles: {chosen.unknown.join(', ')}.</p>
      )}
      {ids.length < 2 ? (
        <p className="rivalry-empty">
          {dataset.athletes.length === 0
            ? 'No athletes in the articles yet.'
            : 'Choose at least two athletes to see their meetings.'}
        </p>
      ) : (
        <>
          <p className="rivalry-summary">
            {meetingCount} {meetingCount === 1 ? 'meeting' : 'meetings'} among {ids.map(nameOf).join(', ')}.
          </p>
          <div className="rivalry-chart" ref={chartRef}>
            <RivalryTimelineChart
              layout={layout}
              focusedKey={focusedKey}
              onFocusMark={setFocusedKey}
              onOpenMeeting={(mark) => {
                const race = dataset.races.find((r) => r.id === mark.raceId);
                if (race) openRace(race);
              }}
            />
          </div>
          <div className="rivalry-detail" aria-live="polite">
            {focusedRemark ? (
              <div className="meeting-detail">
                <p className="meeting-detail-title">{focusedRemark.label}</p>
                <SourceQuotes sources={focusedRemark.remark.sources} limit={2} />
              </div>
            ) : (
              <MeetingDetail pair={focusedPair} nameOf={nameOf} onOpenRace={openRace} />
            )}
          </div>
          <RivalryTimelineLegend athletes={athletes} />
          <h3>Remarks between rivals</h3>
          <RemarkList remarks={remarks} races={dataset.races} nameOf={nameOf} focusedKey={focusedKey} />
          <details className="rivalry-table">
            <summary>Meetings as tables</summary>
            {headToHeads.map((h) => (
              <HeadToHeadTable key={`${h.a}|${h.b}`} headToHead={h} nameOf={nameOf} onOpenRace={openRace} />
            ))}
          </details>
        </>
      )}
    </section>
  );
}
