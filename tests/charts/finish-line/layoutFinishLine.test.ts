import { describe, expect, it } from 'vitest';
import { layoutFinishLine, type FinishLineLayout } from '../../../src/charts/finish-line/layoutFinishLine';
import { positionsAt } from '../../../src/model/replay/positionsAt';
import { reconstructRace } from '../../../src/model/replay/reconstructRace';
import type { RaceReplay } from '../../../src/model/replay/types';
import { parisFinal, race, result } from '../../model/replay/raceFixture';

const paris = reconstructRace(parisFinal())!;
const layoutAt = (
  replay: RaceReplay,
  t: number,
  options: Partial<Parameters<typeof layoutFinishLine>[3]> = {},
) =>
  layoutFinishLine(replay, positionsAt(replay, t), t, {
    width: 760,
    range: 100,
    spoilerFree: false,
    ...options,
  });

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function collisions(layout: FinishLineLayout): string[] {
  const boxes: (Box & { id: string })[] = [];
  for (const m of layout.marks) {
    if (layout.mode === 'rows')
      boxes.push({ id: `mark ${m.athleteId}`, x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r });
    if (m.label !== null) boxes.push({ id: `label ${m.athleteId}`, ...m.label });
    if (m.result !== null)
      boxes.push({
        id: `result ${m.athleteId}`,
        x0: m.result.x,
        y0: m.result.y - 8,
        x1: layout.width,
        y1: m.result.y + 4,
      });
  }
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => overlaps(a, b) && found.push(`${a.id} × ${b.id}`)),
  );
  return found;
}

describe('layoutFinishLine', () => {
  it('layoutFinishLine(replay, positions, t) keeps marks and labels from colliding through the whole replay', () => {
    for (const range of [100, 200, 400, 'race'] as const) {
      for (const width of [360, 760]) {
        for (let t = 0; t <= paris.duration; t += 0.5) {
          expect(collisions(layoutAt(paris, t, { range, width }))).toEqual([]);
        }
      }
    }
  });

  it('puts each runner on the finish line at their finish time and shows the result only from then', () => {
    for (const trajectory of paris.trajectories) {
      const before = layoutAt(paris, trajectory.finishTime - 0.01).marks.find(
        (m) => m.athleteId === trajectory.athleteId,
      )!;
      const at = layoutAt(paris, trajectory.finishTime);
      const mark = at.marks.find((m) => m.athleteId === trajectory.athleteId)!;
      expect(mark.x).toBeCloseTo(at.finishX, 0);
      expect(before.result).toBeNull();
      expect(mark.result).not.toBeNull();
    }
    const kerr = layoutAt(paris, 210).marks.find((m) => m.athleteId === 'josh-kerr')!;
    expect(kerr.result).toMatchObject({ place: '2', time: '3:27.79', gap: '+0.14' });
  });

  it('shows the race clock to the hundredth, never ahead of the race', () => {
    expect(layoutAt(paris, 207.649999).clock).toBe('3:27.64');
    expect(layoutAt(paris, 207.65).clock).toBe('3:27.65');
    expect(layoutAt(paris, 9.5).clock).toBe('9.50');
  });

  it('orders rows by result, or by name when spoiler-free', () => {
    expect(layoutAt(paris, 0).marks.map((m) => m.name)).toEqual([
      'Cole Hocker',
      'Josh Kerr',
      'Yared Nuguse',
      'Jakob Ingebrigtsen',
      'Neil Gourley',
    ]);
    expect(layoutAt(paris, 0, { spoilerFree: true }).marks.map((m) => m.name)).toEqual([
      'Cole Hocker',
      'Jakob Ingebrigtsen',
      'Josh Kerr',
      'Neil Gourley',
      'Yared Nuguse',
    ]);
  });

  it('draws the lane solid where the articles pin the run and dashed where it is reconstructed', () => {
    const hocker = layoutAt(paris, 0).marks[0]!;
    expect(hocker.lane.map((s) => s.basis)).toEqual(['reconstructed', 'reported']);
  });

  it('labels the stretch shown and the distance still to run', () => {
    const layout = layoutAt(paris, 0, { range: 200 });
    expect(layout.title).toBe('Last 200 m');
    expect(layout.axis.map((a) => a.label)).toContain('Finish');
    expect(layout.axis.map((a) => a.label)).toContain('100 m to go');
    expect(layoutAt(paris, 0, { range: 'race' }).title).toBe('Whole race');
  });

  it('draws a big field as a field with at most five leaders labelled, labels never overlapping', () => {
    const field = reconstructRace(
      race(
        5000,
        Array.from({ length: 300 }, (_, i) =>
          result({ id: `r${i}`, name: `Runner ${i}`, place: i + 1, time: 800 + i * 0.4 }),
        ),
      ),
    )!;
    for (const t of [0, 400, 790, 800, 850]) {
      const layout = layoutAt(field, t);
      expect(layout.mode).toBe('field');
      const labels = layout.marks.filter((m) => m.label !== null);
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.length).toBeLessThanOrEqual(5);
      expect(collisions(layout)).toEqual([]);
    }
  });
});

describe('layoutFinishLine between frames', () => {
  it('reuses what does not move (lanes, axis) from frame to frame and lays it out again for new options', () => {
    const a = layoutAt(paris, 200);
    const b = layoutAt(paris, 201);
    expect(b.axis).toBe(a.axis);
    expect(b.marks.map((m) => m.lane)).toEqual(a.marks.map((m) => m.lane));
    b.marks.forEach((m, i) => expect(m.lane).toBe(a.marks[i]!.lane));
    const wider = layoutAt(paris, 201, { width: 900 });
    expect(wider.axis).not.toBe(a.axis);
    expect(wider.finishX).toBeGreaterThan(a.finishX);
    // Back to the first options: the same drawing as before, computed afresh.
    expect(layoutAt(paris, 200)).toEqual(a);
  });
});
