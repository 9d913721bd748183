// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyFinishLineMotion } from '../../../src/charts/finish-line/applyFinishLineMotion';
import { FinishLineChart } from '../../../src/charts/finish-line/FinishLineChart';
import { isMotionOnly } from '../../../src/charts/finish-line/isMotionOnly';
import { layoutFinishLine, type FinishLineRange } from '../../../src/charts/finish-line/layoutFinishLine';
import { positionsAt } from '../../../src/model/replay/positionsAt';
import { reconstructRace } from '../../../src/model/replay/reconstructRace';
import { parisFinal } from '../../model/replay/raceFixture';

const paris = reconstructRace(parisFinal())!;
const layoutAt = (t: number, range: FinishLineRange) =>
  layoutFinishLine(paris, positionsAt(paris, t), t, { width: 720, range, spoilerFree: false });
const chart = (t: number, range: FinishLineRange) => (
  <FinishLineChart layout={layoutAt(t, range)} label="Finish-line chart" />
);

describe('applyFinishLineMotion', () => {
  it.each<FinishLineRange>([100, 'race'])(
    'applyFinishLineMotion(svg, next) turns the chart drawn earlier into the chart drawn at next, frame by frame (range %s)',
    (range) => {
      let drawnAt = 190;
      const view = render(chart(drawnAt, range));
      // The same chart rendered by React alone at each moment, to compare with.
      const fresh = render(chart(drawnAt, range));
      let moved = 0;
      let redrawn = 0;
      // 1× at 30 frames per second, from 3:10 until every runner has stopped past the line.
      for (let t = 190 + 1 / 30; t < 216; t += 1 / 30) {
        if (isMotionOnly(layoutAt(drawnAt, range), layoutAt(t, range))) {
          applyFinishLineMotion(view.container.querySelector('svg')!, layoutAt(t, range));
          moved += 1;
        } else {
          view.rerender(chart(t, range));
          drawnAt = t;
          redrawn += 1;
        }
        fresh.rerender(chart(t, range));
        expect(view.container.innerHTML).toBe(fresh.container.innerHTML);
      }
      expect(moved).toBeGreaterThan(10 * redrawn);
      expect(redrawn).toBeGreaterThan(0);
    },
  );

  it('applyFinishLineMotion leaves a runner whose group does not match the layout alone', () => {
    const view = render(chart(200, 100));
    const before = view.container.innerHTML;
    const next = layoutAt(200.5, 100);
    const shuffled = {
      ...next,
      marks: [...next.marks.slice(1), next.marks[0]!],
      clock: layoutAt(200, 100).clock,
    };
    applyFinishLineMotion(view.container.querySelector('svg')!, shuffled);
    expect(view.container.innerHTML).toBe(before);
  });
});

describe('isMotionOnly', () => {
  it('isMotionOnly(drawn, next) holds between two frames mid-race', () => {
    expect(isMotionOnly(layoutAt(200, 100), layoutAt(200 + 1 / 60, 100))).toBe(true);
  });

  it('isMotionOnly is false once a runner crosses the line and their result appears', () => {
    const winner = paris.trajectories[0]!.finishTime;
    expect(isMotionOnly(layoutAt(winner - 0.01, 100), layoutAt(winner + 0.01, 100))).toBe(false);
  });

  it('isMotionOnly is false when the stretch shown or the width changes', () => {
    expect(isMotionOnly(layoutAt(200, 100), layoutAt(200, 200))).toBe(false);
    const wider = layoutFinishLine(paris, positionsAt(paris, 200), 200, {
      width: 760,
      range: 100,
      spoilerFree: false,
    });
    expect(isMotionOnly(layoutAt(200, 100), wider)).toBe(false);
  });

  it('isMotionOnly is false for a field, whose leaders’ labels change places', () => {
    const field = (t: number) =>
      layoutFinishLine(paris, positionsAt(paris, t), t, {
        width: 720,
        range: 100,
        spoilerFree: false,
        maxRows: 4,
      });
    expect(isMotionOnly(field(200), field(200))).toBe(false);
  });
});
