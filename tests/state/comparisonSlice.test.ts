import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';

const store = () =>
  createAppStore([], { derive: () => ({ races: [], athletes: [], remarks: [], conflicts: [], issues: [] }) });

describe('comparisonSlice', () => {
  it('starts with no athletes chosen (the default list) and no virtual race', () => {
    expect(store().getState()).toMatchObject({ athletes: [], virtual: [] });
  });

  it('addAthlete(id) appends once; removeAthlete(id) takes it out', () => {
    const s = store();
    s.getState().addAthlete('a');
    s.getState().addAthlete('b');
    s.getState().addAthlete('a');
    expect(s.getState().athletes).toEqual(['a', 'b']);
    s.getState().removeAthlete('a');
    expect(s.getState().athletes).toEqual(['b']);
  });

  it('setAthletes(ids) drops repeats', () => {
    const s = store();
    s.getState().setAthletes(['a', 'b', 'a']);
    expect(s.getState().athletes).toEqual(['a', 'b']);
  });

  it('toggleVirtual(runner) adds a performance, and takes it out the second time', () => {
    const s = store();
    s.getState().toggleVirtual({ raceId: 'r1', athleteId: 'a' });
    s.getState().toggleVirtual({ raceId: 'r2', athleteId: 'a' });
    expect(s.getState().virtual).toEqual([
      { raceId: 'r1', athleteId: 'a' },
      { raceId: 'r2', athleteId: 'a' },
    ]);
    s.getState().toggleVirtual({ raceId: 'r1', athleteId: 'a' });
    expect(s.getState().virtual).toEqual([{ raceId: 'r2', athleteId: 'a' }]);
  });

  it('setVirtual(runners) drops repeats', () => {
    const s = store();
    s.getState().setVirtual([
      { raceId: 'r1', athleteId: 'a' },
      { raceId: 'r1', athleteId: 'a' },
    ]);
    expect(s.getState().virtual).toHaveLength(1);
  });
});
