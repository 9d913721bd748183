import { describe, expect, it } from 'vitest';
import { race } from '../../model/rivalry/rivalryFixture';
import { timelineFor } from './timelineFixture';

describe('layoutRivalryTimeline', () => {
  it('layoutRivalryTimeline(input) makes one lane per pair with its final tally', () => {
    const l = timelineFor(['josh-kerr', 'cole-hocker', 'jakob-ingebrigtsen']);
    expect(l.lanes.map((lane) => [lane.a.name, lane.b.name, lane.wins])).toEqual([
      ['Kerr', 'Hocker', { a: 1, b: 2 }],
      ['Kerr', 'Ingebrigtsen', { a: 2, b: 0 }],
      ['Hocker', 'Ingebrigtsen', { a: 1, b: 1 }],
    ]);
  });

  it('layoutRivalryTimeline(input) draws dated meetings as points and approximate dates as ranges', () => {
    const [lane] = timelineFor(['josh-kerr', 'cole-hocker']).lanes;
    const byRace = Object.fromEntries(lane!.marks.map((m) => [m.raceId, m]));
    expect(byRace['paris-2024-1500m-final']).toMatchObject({
      shape: 'point',
      kind: 'results',
      aheadId: 'cole-hocker',
      glyph: 'H',
    });
    const gst = byRace['grand-slam-track-1500m']!;
    expect(gst.shape).toBe('range');
    expect(gst.x2).toBeGreaterThan(gst.x + 20);
    expect(byRace['tokyo-2020-1500m-sf']).toMatchObject({ kind: 'narrative', shape: 'range' });
    expect(byRace['lausanne-2024-1500m']).toMatchObject({ kind: 'absence', aheadId: null, glyph: '–' });
  });

  it('layoutRivalryTimeline(input) places marks in time order from left to right', () => {
    const [lane] = timelineFor(['josh-kerr', 'jakob-ingebrigtsen']).lanes;
    const xs = lane!.marks.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
  });

  it('layoutRivalryTimeline(input) stacks marks that would overlap into rows', () => {
    const [lane] = timelineFor(['josh-kerr', 'cole-hocker']).lanes;
    const ys = new Set(lane!.marks.map((m) => m.y));
    expect(ys.size).toBeGreaterThan(1);
    for (const m of lane!.marks) {
      for (const o of lane!.marks) {
        if (m === o || m.y !== o.y) continue;
        expect(m.x2 + 8 <= o.x - 8 || o.x2 + 8 <= m.x - 8).toBe(true);
      }
    }
  });

  it('layoutRivalryTimeline(input) names each meeting mark in words with places and times', () => {
    const [lane] = timelineFor(['josh-kerr', 'cole-hocker']).lanes;
    expect(lane!.marks.map((m) => m.label)).toContain(
      "Paris 2024 Olympics men's 1500m final, 6 Aug 2024: Hocker 1st 3:27.65, Kerr 2nd 3:27.79",
    );
    const paris = lane!.marks.find((m) => m.raceId === 'paris-2024-1500m-final');
    expect(paris?.detail).toBe('Hocker finished ahead of Kerr (by place); head-to-head Kerr 1, Hocker 2');
    expect(paris?.hasTimes).toBe(true);
  });

  it('layoutRivalryTimeline(input) places remarks between the rivals as numbered annotations', () => {
    const l = timelineFor(['josh-kerr', 'jakob-ingebrigtsen']);
    expect(l.remarks.map((r) => [r.number, r.label])).toEqual([
      [1, 'Remark 1, Kerr on Ingebrigtsen: “He’s obviously pretty dominant in the 5,000m”'],
      [
        2,
        'Remark 2, Ingebrigtsen on Kerr: “So if you can’t recover from a three minute race in 16 days, then you have a big problem.”',
      ],
    ]);
    expect(l.remarkLaneY).not.toBeNull();
  });

  it('layoutRivalryTimeline(input) puts undated meetings in a "date unknown" strip', () => {
    const undated = race('undated-race', {
      orderings: [{ ahead: 'josh-kerr', behind: 'cole-hocker', sources: [] }],
    });
    const l = timelineFor(['josh-kerr', 'cole-hocker'], 720, [undated]);
    const mark = l.lanes[0]!.marks.find((m) => m.raceId === 'undated-race');
    expect(l.undated).not.toBeNull();
    expect(mark!.x).toBeGreaterThan(l.undated!.x);
  });

  it('layoutRivalryTimeline(input) has an empty lane for a pair that never met', () => {
    const l = timelineFor(['josh-kerr', 'mo-farah']);
    expect(l.lanes[0]?.marks).toEqual([]);
    expect(l.ticks.length).toBeGreaterThan(0);
  });
});
