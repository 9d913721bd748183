import { headToHead, pairsOf } from '../../../src/model/rivalry/headToHead';
import { remarksBetween } from '../../../src/model/rivalry/remarksBetween';
import { athleteColour } from '../../../src/charts/rivalry-timeline/athleteColour';
import { layoutRivalryTimeline } from '../../../src/charts/rivalry-timeline/layoutRivalryTimeline';
import type { TimelineLayout } from '../../../src/charts/rivalry-timeline/layoutRivalryTimeline';
import type { Race } from '../../../src/model/types';
import { rivalryDataset } from '../../model/rivalry/rivalryFixture';

const names: Record<string, string> = {
  'josh-kerr': 'Kerr',
  'cole-hocker': 'Hocker',
  'jakob-ingebrigtsen': 'Ingebrigtsen',
};

/** The timeline layout of the rivalry fixture for `ids`, with extra races if given. */
export function timelineFor(ids: string[], width = 720, extraRaces: Race[] = []): TimelineLayout {
  const d = rivalryDataset();
  const races = [...d.races, ...extraRaces];
  return layoutRivalryTimeline({
    athletes: ids.map((id, i) => ({ id, name: names[id] ?? id, colour: athleteColour(i) })),
    headToHeads: pairsOf(ids).map(([a, b]) => headToHead(races, a, b)),
    remarks: remarksBetween(d.remarks, ids),
    races,
    width,
  });
}
