import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metres, seconds } from '../../../src/data/types';
import type { NarrativeEvent } from '../../../src/model/types';
import { defaultPacing } from '../../../src/model/replay/defaultPacing';
import { factWindow, reconstructRace } from '../../../src/model/replay/reconstructRace';
import { speedProblem } from '../../../src/model/replay/speedProblem';
import { timeAtDistance } from '../../../src/model/replay/timeAtDistance';
import { event, race, result } from './raceFixture';

// Average speeds of good runners by distance, m/s, to make plausible finishing times.
const EVENTS: readonly [number, number][] = [
  [60, 9.2],
  [100, 10],
  [200, 10],
  [400, 8.9],
  [800, 7.7],
  [1500, 7.1],
  [5000, 6.3],
  [10_000, 6.1],
  [42_195, 5.6],
];

const raceArbitrary = fc
  .record({
    event: fc.constantFrom(...EVENTS),
    gaps: fc.array(fc.double({ min: 0, max: 0.01, noNaN: true }), { minLength: 1, maxLength: 10 }),
    untimed: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    facts: fc.array(
      fc.record({
        kind: fc.constantFrom('pass', 'lead', 'split', 'surge'),
        who: fc.nat(9),
        others: fc.array(fc.nat(9), { maxLength: 3 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        pace: fc.double({ min: 0.8, max: 1.2, noNaN: true }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ event: [distance, speed], gaps, untimed, facts }) => {
    const winner = distance / speed;
    let time = winner;
    const results = gaps.map((gap, i) => {
      time += gap * winner;
      const t = Math.round(time * 100) / 100;
      return result({ id: `a${i}`, place: i + 1, ...(i > 0 && untimed[i] ? {} : { time: t }) });
    });
    const narrative: NarrativeEvent[] = facts.map((f, i) =>
      event({
        id: `e${i}`,
        kind: f.kind as NarrativeEvent['kind'],
        athleteId: `a${f.who}`,
        others: f.others.map((o) => `a${o}`),
        at: metres(Math.round(f.share * distance)),
        time: f.kind === 'split' ? seconds(f.share * winner * f.pace) : null,
        quote: `fact e${i}`,
      }),
    );
    return race(distance, results, narrative);
  });

describe('reconstructRace on generated races', () => {
  it('never throws; runs are monotone, exact at the line, plausible, and every fact kept holds', () => {
    fc.assert(
      fc.property(raceArbitrary, (generated) => {
        const replay = reconstructRace(generated)!;
        const distance = generated.distance!;
        const w = factWindow(distance);
        const setAside = replay.issues.map((i) => i.message).join('\n');
        const profile = defaultPacing(distance);
        for (const t of replay.trajectories) {
          for (let k = 1; k < t.times.length; k += 1) expect(t.times[k]!).toBeGreaterThan(t.times[k - 1]!);
          const reported = generated.results.find((r) => r.athleteId === t.athleteId)!.time;
          if (reported !== null) expect(t.times[t.times.length - 1]).toBe(reported.value);
          if (!setAside.includes('implausible'))
            expect(speedProblem(replay.grid, t.times, profile)).toBeNull();
        }
        const timeAt = (id: string, d: number): number | null => {
          const t = replay.trajectories.find((x) => x.athleteId === id);
          return t === undefined ? null : timeAtDistance(replay.grid, t.times, d);
        };
        for (const e of generated.narrative) {
          if (setAside.includes(`“${e.quote}”`) || e.at === null) continue;
          if (
            e.kind === 'split' &&
            e.athleteId !== null &&
            e.time !== null &&
            timeAt(e.athleteId, e.at) !== null
          ) {
            if (e.at > 0 && e.at < distance) expect(timeAt(e.athleteId, e.at)).toBeCloseTo(e.time, 6);
          }
          if (e.kind !== 'pass' || e.athleteId === null) continue;
          for (const other of e.others) {
            if (other === e.athleteId) continue;
            const passer = (d: number) => timeAt(e.athleteId!, d);
            const passed = (d: number) => timeAt(other, d);
            if (passer(0) === null || passed(0) === null) continue;
            const after = Math.min(distance, e.at + w);
            if (after < distance) expect(passer(after)!).toBeLessThan(passed(after)!);
            if (e.at - w > 0) expect(passer(e.at - w)!).toBeGreaterThan(passed(e.at - w)!);
          }
        }
      }),
      { numRuns: 60, seed: 20240806 },
    );
  }, 60_000);
});
