// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FinishLineChart } from '../../../src/charts/finish-line/FinishLineChart';
import { layoutFinishLine } from '../../../src/charts/finish-line/layoutFinishLine';
import { positionsAt } from '../../../src/model/replay/positionsAt';
import { replayOf } from '../../../src/views/replay/replayOf';
import { preferReducedMotion, renderReplay } from './renderReplay';

beforeEach(() => preferReducedMotion(true));
afterEach(() => vi.unstubAllGlobals());

describe('ReplayStage', () => {
  it('the chart and the slider follow the store’s race time, drawing what a fresh render draws', () => {
    const { store, container } = renderReplay(undefined, 200);
    const replay = replayOf(store.getState().dataset.races[0]!)!;
    const expected = render(<div />);
    const slider = screen.getByRole('slider', { name: 'Race time' });
    // Frames of play, a runner crossing the line, a jump back, the end.
    const times = [200.02, 200.04, 200.5, 201, 207.6, 207.7, 150, 150.02, 213.88];
    for (const t of times) {
      act(() => store.getState().seek(t));
      const layout = layoutFinishLine(replay, positionsAt(replay, t), t, {
        width: 720,
        range: 100,
        spoilerFree: false,
      });
      expected.rerender(<FinishLineChart layout={layout} label="x" />);
      const chart = (root: Element) => root.querySelector('.finish-line-chart svg')!.innerHTML;
      expect(chart(container)).toBe(chart(expected.container));
      expect((slider as HTMLInputElement).value).toBe(String(t));
    }
    expect(slider).toHaveAttribute('aria-valuetext', '3:33.88 of 3:33.88');
  });

  it('shows the photo finish only once every runner is home', () => {
    const { store } = renderReplay(undefined, 200);
    const photo = () => screen.queryByRole('img', { name: /Photo finish/ });
    expect(photo()).toBeNull();
    const replay = replayOf(store.getState().dataset.races[0]!)!;
    const lastHome = Math.max(...replay.trajectories.map((r) => r.finishTime));
    act(() => store.getState().seek(lastHome - 0.01));
    expect(photo()).toBeNull();
    act(() => store.getState().seek(lastHome));
    expect(photo()).not.toBeNull();
  });
});
