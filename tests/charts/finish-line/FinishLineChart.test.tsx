import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FinishLineChart } from '../../../src/charts/finish-line/FinishLineChart';
import { layoutFinishLine, type FinishLineRange } from '../../../src/charts/finish-line/layoutFinishLine';
import { layoutPhotoFinish } from '../../../src/charts/finish-line/layoutPhotoFinish';
import { PhotoFinishChart } from '../../../src/charts/finish-line/PhotoFinishChart';
import { positionsAt } from '../../../src/model/replay/positionsAt';
import { reconstructRace } from '../../../src/model/replay/reconstructRace';
import type { RaceReplay } from '../../../src/model/replay/types';
import { parisFinal, race, result } from '../../model/replay/raceFixture';

// One element per line, so a snapshot diff reads like a diff of the drawing.
const pretty = (svg: string): string => `${svg.replace(/></g, '>\n<')}\n`;
const paris = reconstructRace(parisFinal())!;

function chartAt(replay: RaceReplay, t: number, range: FinishLineRange, spoilerFree = false): string {
  const layout = layoutFinishLine(replay, positionsAt(replay, t), t, { width: 720, range, spoilerFree });
  return pretty(renderToStaticMarkup(<FinishLineChart layout={layout} label="Finish-line chart" />));
}

describe('FinishLineChart', () => {
  it('draws the Paris final with 200 m to go, whole-race view (snapshot)', async () => {
    await expect(chartAt(paris, 182, 'race')).toMatchFileSnapshot('__snapshots__/paris-race-182s.svg');
  });

  it('draws the Paris final as Hocker overtakes with 30 m to go, last 100 m (snapshot)', async () => {
    await expect(chartAt(paris, 204, 100)).toMatchFileSnapshot('__snapshots__/paris-100m-204s.svg');
  });

  it('draws the Paris final after the last runner is home, last 200 m (snapshot)', async () => {
    await expect(chartAt(paris, 212, 200)).toMatchFileSnapshot('__snapshots__/paris-200m-212s.svg');
  });

  it('draws a spoiler-free row order at the start of the last 400 m (snapshot)', async () => {
    await expect(chartAt(paris, 150, 400, true)).toMatchFileSnapshot(
      '__snapshots__/paris-400m-150s-spoiler-free.svg',
    );
  });

  it('draws a runner placed without a reported time as a hollow dashed mark (snapshot)', async () => {
    const replay = reconstructRace(
      race(100, [
        result({ id: 'ann', name: 'Ann Able', country: 'JAM', place: 1, time: 10.72 }),
        result({ id: 'bea', name: 'Bea Best', country: 'USA', place: 2 }),
        result({ id: 'cat', name: 'Cat Cole', country: 'GBR', place: 3, time: 10.91 }),
      ]),
    )!;
    await expect(chartAt(replay, 10.8, 100)).toMatchFileSnapshot('__snapshots__/sprint-untimed-10.8s.svg');
  });

  it('draws the photo finish with gaps in seconds and metres (snapshot)', async () => {
    const svg = renderToStaticMarkup(<PhotoFinishChart layout={layoutPhotoFinish(paris, 720)} />);
    expect(svg).toContain('+0.14');
    await expect(pretty(svg)).toMatchFileSnapshot('__snapshots__/paris-photo-finish.svg');
  });
});
