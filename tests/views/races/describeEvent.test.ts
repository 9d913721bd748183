import { describe, expect, it } from 'vitest';
import { metres, seconds } from '../../../src/data/types';
import type { NarrativeEvent } from '../../../src/model/types';
import { describeEvent } from '../../../src/views/races/describeEvent';

const names: Record<string, string> = { ji: 'Jakob Ingebrigtsen', jk: 'Josh Kerr', ch: 'Cole Hocker' };
const nameOf = (id: string) => names[id] ?? id;
const event = (over: Partial<NarrativeEvent>): NarrativeEvent => ({
  id: 'e',
  kind: 'lead',
  athleteId: 'ji',
  others: [],
  at: null,
  toGo: null,
  time: null,
  until: null,
  quote: '',
  sources: [],
  ...over,
});

describe('describeEvent', () => {
  it('describeEvent says who leads, from where and until where', () => {
    expect(describeEvent(event({ at: metres(0), until: metres(1300) }), nameOf)).toBe(
      'Jakob Ingebrigtsen leads from the start until 1300 m',
    );
  });
  it('describeEvent gives a pass with the distance to go', () => {
    expect(
      describeEvent(event({ kind: 'pass', athleteId: 'jk', others: ['ji'], toGo: metres(200) }), nameOf),
    ).toBe('Josh Kerr passes Jakob Ingebrigtsen with 200 m to go');
  });
  it('describeEvent writes a split with its time', () => {
    expect(describeEvent(event({ kind: 'split', at: metres(400), time: seconds(54.9) }), nameOf)).toBe(
      'Split of 54.90 at 400 m (Jakob Ingebrigtsen)',
    );
  });
  it('describeEvent names the field when no athlete is known', () => {
    expect(describeEvent(event({ kind: 'surge', athleteId: null }), nameOf)).toBe('The field surges');
  });
  it('describeEvent shows an unknown athlete id rather than nothing', () => {
    expect(describeEvent(event({ kind: 'kick', athleteId: 'zz', toGo: metres(30) }), nameOf)).toBe(
      'zz kicks with 30 m to go',
    );
  });
});
