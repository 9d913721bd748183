import { describe, expect, it } from 'vitest';
import { metres, seconds } from '../../../src/data/types';
import { defaultPacing } from '../../../src/model/replay/defaultPacing';
import { factWindow, reconstructRace } from '../../../src/model/replay/reconstructRace';
import { speedProblem } from '../../../src/model/replay/speedProblem';
import { timeAtDistance } from '../../../src/model/replay/timeAtDistance';
import type { RaceReplay } from '../../../src/model/replay/types';
import { event, parisFinal, race, result } from './raceFixture';

const timeAt = (replay: RaceReplay, athleteId: string, d: number): number => {
  const trajectory = replay.trajectories.find((t) => t.athleteId === athleteId)!;
  return timeAtDistance(replay.grid, trajectory.times, d);
};

describe('reconstructRace on the Paris 1500 m final', () => {
  const replay = reconstructRace(parisFinal())!;
  const w = factWindow(1500);

  it('reconstructRace(race) crosses every runner at the line at exactly the reported time', () => {
    for (const trajectory of replay.trajectories) {
      const reported = parisFinal().results.find((r) => r.athleteId === trajectory.athleteId)!.time!.value;
      expect(Math.round(timeAt(replay, trajectory.athleteId, 1500) * 100) / 100).toBe(reported);
      expect(trajectory.times[trajectory.times.length - 1]).toBe(reported);
    }
  });

  it('puts the trajectories in finishing order and raises no issue when the facts agree', () => {
    expect(replay.trajectories.map((t) => t.athleteId)).toEqual([
      'cole-hocker',
      'josh-kerr',
      'yared-nuguse',
      'jakob-ingebrigtsen',
      'neil-gourley',
    ]);
    expect(replay.issues).toEqual([]);
  });

  it('honours the leader’s opening lap of 54.9 s', () => {
    expect(timeAt(replay, 'jakob-ingebrigtsen', 400)).toBeCloseTo(54.9, 9);
  });

  it('keeps the leader ahead of everyone from the start until Kerr’s pass', () => {
    for (let d = w; d <= 1300 - w; d += 5) {
      for (const other of ['cole-hocker', 'josh-kerr', 'yared-nuguse', 'neil-gourley']) {
        expect(timeAt(replay, 'jakob-ingebrigtsen', d)).toBeLessThan(timeAt(replay, other, d));
      }
    }
  });

  it('has Kerr behind Ingebrigtsen before 200 m to go and ahead of him from there to the line', () => {
    expect(timeAt(replay, 'josh-kerr', 1300 - w)).toBeGreaterThan(
      timeAt(replay, 'jakob-ingebrigtsen', 1300 - w),
    );
    for (let d = 1300 + w; d <= 1500; d += 1) {
      expect(timeAt(replay, 'josh-kerr', d)).toBeLessThan(timeAt(replay, 'jakob-ingebrigtsen', d));
    }
  });

  it('has Hocker overtake both Kerr and Ingebrigtsen with 30 m to go', () => {
    for (const other of ['josh-kerr', 'jakob-ingebrigtsen']) {
      expect(timeAt(replay, 'cole-hocker', 1470 - w)).toBeGreaterThan(timeAt(replay, other, 1470 - w));
      for (let d = 1470 + w; d <= 1500; d += 1) {
        expect(timeAt(replay, 'cole-hocker', d)).toBeLessThan(timeAt(replay, other, d));
      }
    }
  });

  it('makes every trajectory strictly monotone, with plausible speeds and accelerations', () => {
    const profile = defaultPacing(1500);
    for (const t of replay.trajectories) {
      for (let k = 1; k < t.times.length; k += 1) expect(t.times[k]!).toBeGreaterThan(t.times[k - 1]!);
      expect(speedProblem(replay.grid, t.times, profile)).toBeNull();
    }
  });

  it('marks the stretches the articles pin down and the ones it reconstructs', () => {
    const hocker = replay.trajectories[0]!;
    expect(hocker.stretches[0]).toMatchObject({ from: 0, basis: 'reconstructed' });
    const last = hocker.stretches[hocker.stretches.length - 1]!;
    expect(last).toMatchObject({ to: 1500, basis: 'reported' });
    expect(last.facts).toEqual(expect.arrayContaining(['e4', 'finish']));
    const ingebrigtsen = replay.trajectories.find((t) => t.athleteId === 'jakob-ingebrigtsen')!;
    expect(ingebrigtsen.stretches.find((s) => s.facts.includes('e1'))).toMatchObject({ basis: 'reported' });
    for (const t of replay.trajectories) {
      t.stretches.forEach((s, i) => expect(s.from).toBe(i === 0 ? 0 : t.stretches[i - 1]!.to));
    }
  });

  it('places captions at the moments they describe, the unplaced surge with Hocker’s pass', () => {
    const byId = new Map(replay.captions.map((c) => [c.id, c]));
    expect(byId.get('e2')!.time).toBe(54.9);
    expect(byId.get('e3')!.time).toBeCloseTo(timeAt(replay, 'josh-kerr', 1300), 9);
    expect(byId.get('e4')!.time).toBeCloseTo(timeAt(replay, 'cole-hocker', 1470), 9);
    expect(byId.get('e5')).toMatchObject({ placement: 'placed', time: byId.get('e4')!.time });
  });
});

describe('reconstructRace with missing or contradictory facts', () => {
  it('returns null for a race without a distance or without any time', () => {
    expect(reconstructRace(race(null, [result({ id: 'a', place: 1, time: 10 })]))).toBeNull();
    expect(
      reconstructRace(race(100, [result({ id: 'a', place: 1 }), result({ id: 'b', place: 2 })])),
    ).toBeNull();
  });

  it('places an athlete with a place but no time between the neighbouring places, marked time not reported', () => {
    const replay = reconstructRace(
      race(800, [
        result({ id: 'a', place: 1, time: 101 }),
        result({ id: 'c', place: 3 }),
        result({ id: 'd', place: 4, time: 102 }),
        result({ id: 'f', place: 6 }),
        result({ id: 'x' }),
        result({ id: 'dnf', place: 7, status: 'dnf' }),
      ]),
    )!;
    expect(replay.trajectories.map((t) => [t.athleteId, t.timeReported])).toEqual([
      ['a', true],
      ['c', false],
      ['d', true],
      ['f', false],
    ]);
    const c = replay.trajectories[1]!;
    expect(c.finishTime).toBeGreaterThan(101);
    expect(c.finishTime).toBeLessThan(102);
    expect(replay.trajectories[3]!.finishTime).toBeGreaterThan(102);
  });

  it('sets aside a pass at the line that the reported times contradict, with an issue and its source', () => {
    const pass = event({
      id: 'p',
      kind: 'pass',
      athleteId: 'b',
      others: ['a'],
      toGo: metres(2),
      quote: 'B edged past A on the line',
    });
    const replay = reconstructRace(
      race(100, [result({ id: 'a', time: 9.9 }), result({ id: 'b', time: 10 })], [pass]),
    )!;
    expect(replay.issues).toHaveLength(1);
    expect(replay.issues[0]).toMatchObject({ kind: 'reconstruction', sources: pass.sources });
    expect(replay.issues[0]!.message).toContain('B edged past A on the line');
    expect(timeAt(replay, 'a', 100)).toBe(9.9);
  });

  it('sets aside one of two passes that cannot both hold, never crashing', () => {
    const narrative = [
      event({
        id: 'p1',
        kind: 'pass',
        athleteId: 'a',
        others: ['b'],
        at: metres(1000),
        quote: 'A passed B at 1000 m',
      }),
      event({
        id: 'p2',
        kind: 'pass',
        athleteId: 'b',
        others: ['a'],
        at: metres(1000),
        quote: 'B passed A at 1000 m',
      }),
    ];
    const replay = reconstructRace(
      race(1500, [result({ id: 'a', time: 210 }), result({ id: 'b', time: 211 })], narrative),
    )!;
    expect(replay.issues.length).toBeGreaterThanOrEqual(1);
    expect(replay.issues.every((i) => i.kind === 'reconstruction')).toBe(true);
    expect(replay.trajectories.map((t) => t.finishTime)).toEqual([210, 211]);
  });

  it('sets aside a split no run could honour', () => {
    const split = event({
      id: 's',
      kind: 'split',
      athleteId: 'a',
      at: metres(400),
      time: seconds(40),
      quote: 'a 40-second first lap',
    });
    const replay = reconstructRace(race(1500, [result({ id: 'a', time: 210 })], [split]))!;
    expect(replay.issues[0]!.message).toContain('a 40-second first lap');
    expect(timeAt(replay, 'a', 400)).not.toBeCloseTo(40, 0);
  });

  it('sets aside a lead to the line by someone the times put behind', () => {
    const lead = event({
      id: 'l',
      kind: 'lead',
      athleteId: 'b',
      at: metres(0),
      until: metres(1500),
      quote: 'B led all the way',
    });
    const replay = reconstructRace(
      race(1500, [result({ id: 'a', time: 210 }), result({ id: 'b', time: 211 })], [lead]),
    )!;
    expect(replay.issues.map((i) => i.sources)).toEqual([lead.sources]);
  });

  it('ignores events about athletes without a result, and places no one it has no place or time for', () => {
    const pass = event({ id: 'p', kind: 'pass', athleteId: 'ghost', others: ['a'], at: metres(50) });
    const replay = reconstructRace(
      race(100, [result({ id: 'a', time: 10 }), result({ id: 'ghost' })], [pass]),
    )!;
    expect(replay.trajectories.map((t) => t.athleteId)).toEqual(['a']);
    expect(replay.issues).toEqual([]);
  });
});

describe('reconstructRace choosing what to set aside', () => {
  it('sets aside a loosely stated lead rather than the precise pass it contradicts, naming the pass', () => {
    const narrative = [
      event({
        id: 'lead',
        kind: 'lead',
        athleteId: 'a',
        toGo: metres(100),
        quote: 'A stormed down the homestretch',
      }),
      event({
        id: 'pass',
        kind: 'pass',
        athleteId: 'a',
        others: ['b'],
        toGo: metres(80),
        quote: 'A powered past B with 80 m left',
      }),
    ];
    const replay = reconstructRace(
      race(1500, [result({ id: 'a', time: 210.67 }), result({ id: 'b', time: 211.12 })], narrative),
    )!;
    expect(replay.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        /Set aside “A stormed down the homestretch”: it contradicts “A powered past B with 80 m left”/,
      ),
    ]);
    expect(timeAt(replay, 'a', 1405)).toBeGreaterThan(timeAt(replay, 'b', 1405));
    expect(timeAt(replay, 'a', 1435)).toBeLessThan(timeAt(replay, 'b', 1435));
  });
});
