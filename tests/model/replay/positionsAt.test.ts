import { describe, expect, it } from 'vitest';
import { positionsAt } from '../../../src/model/replay/positionsAt';
import { reconstructRace } from '../../../src/model/replay/reconstructRace';
import { parisFinal, race, result } from './raceFixture';

describe('positionsAt', () => {
  const replay = reconstructRace(parisFinal())!;

  it('positionsAt(race, t) puts every runner at the line at their finish time', () => {
    for (const trajectory of replay.trajectories) {
      const position = positionsAt(replay, trajectory.finishTime).find(
        (p) => p.athleteId === trajectory.athleteId,
      )!;
      expect(position.distance).toBeCloseTo(1500, 9);
      expect(position.finished).toBe(true);
    }
  });

  it('positionsAt(race, t) has everyone at the start before the gun and no one finished', () => {
    for (const t of [-1, 0]) {
      expect(positionsAt(replay, t).every((p) => p.distance === 0 && p.speed === 0 && !p.finished)).toBe(
        true,
      );
    }
  });

  it('positionsAt(race, t) is pure: the same moment gives the same positions', () => {
    expect(positionsAt(replay, 203.456)).toEqual(positionsAt(replay, 203.456));
  });

  it('positionsAt(race, t) never moves a runner backwards as time goes on', () => {
    let previous = positionsAt(replay, 0);
    for (let t = 0.05; t < replay.duration; t += 0.05) {
      const now = positionsAt(replay, t);
      now.forEach((p, i) => expect(p.distance).toBeGreaterThanOrEqual(previous[i]!.distance - 1e-9));
      previous = now;
    }
  });

  it('positionsAt(race, t) reads the order at the line from the crossing times: Hocker, Kerr, Nuguse, Ingebrigtsen', () => {
    const atLine = positionsAt(replay, replay.winnerTime)
      .slice()
      .sort((a, b) => b.distance - a.distance)
      .map((p) => p.athleteId);
    expect(atLine.slice(0, 4)).toEqual(['cole-hocker', 'josh-kerr', 'yared-nuguse', 'jakob-ingebrigtsen']);
  });

  it('positionsAt(race, t) lets runners run on past the line and stop within a few metres', () => {
    const end = positionsAt(replay, replay.duration + 60);
    for (const p of end) {
      expect(p.distance).toBeGreaterThan(1500);
      expect(p.distance).toBeLessThan(1520);
      expect(p.speed).toBeLessThan(0.01);
    }
  });

  it('positionsAt(race, t) says whether the runner is on a reported or a reconstructed stretch', () => {
    const one = reconstructRace(race(100, [result({ id: 'a', time: 10 })]))!;
    expect(positionsAt(one, 1)[0]!.basis).toBe('reconstructed');
    expect(positionsAt(one, 9.95)[0]!.basis).toBe('reported');
  });
});
