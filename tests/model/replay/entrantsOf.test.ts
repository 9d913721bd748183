import { describe, expect, it } from 'vitest';
import { entrantsOf } from '../../../src/model/replay/entrantsOf';
import { result } from './raceFixture';

describe('entrantsOf', () => {
  it('entrantsOf places a runner at a time worked out from a stated gap, but marks it as not reported', () => {
    const worked = result({ id: 'b', place: 2, time: 7486 });
    const entrants = entrantsOf([
      result({ id: 'a', place: 1, time: 7477 }),
      { ...worked, time: worked.time && { ...worked.time, basis: 'derived' } },
    ]);
    expect(entrants.map((e) => [e.result.athleteId, e.finishTime, e.timeReported])).toEqual([
      ['a', 7477, true],
      ['b', 7486, false],
    ]);
  });
});
