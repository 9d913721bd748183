import { describe, expect, it } from 'vitest';
import { metres, seconds } from '../../../src/data/types';
import type { NarrativeEvent } from '../../../src/model/types';
import { describeEvent, describeEvents, eventsBySentence } from '../../../src/views/races/describeEvent';

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

describe('describeEvents', () => {
  it("describeEvents tells one athlete's moves at one place once: the move, then who is passed", () => {
    const at30 = { toGo: metres(30) };
    expect(
      describeEvents(
        [
          event({ kind: 'pass', athleteId: 'ch', others: ['jk', 'ji'], ...at30 }),
          event({ kind: 'kick', athleteId: 'ch', ...at30 }),
          event({ kind: 'fade', athleteId: 'ji', ...at30 }),
        ],
        nameOf,
      ),
    ).toBe(
      'Cole Hocker kicks and passes Josh Kerr and Jakob Ingebrigtsen with 30 m to go; Jakob Ingebrigtsen fades with 30 m to go',
    );
  });

  it("describeEvents keeps each place when one athlete's moves happen at different places", () => {
    expect(
      describeEvents(
        [
          event({ kind: 'lead', athleteId: 'ji', at: metres(0), until: metres(1100) }),
          event({ kind: 'fade', athleteId: 'ji', toGo: metres(100) }),
        ],
        nameOf,
      ),
    ).toBe('Jakob Ingebrigtsen leads from the start until 1100 m and fades with 100 m to go');
  });

  it("describeEvents gives splits and the field's moves on their own", () => {
    expect(
      describeEvents(
        [
          event({ kind: 'split', athleteId: null, at: metres(400), time: seconds(54.9) }),
          event({ kind: 'surge', athleteId: null }),
        ],
        nameOf,
      ),
    ).toBe('Split of 54.90 at 400 m; The field surges');
  });
});

describe('eventsBySentence', () => {
  it('eventsBySentence groups events that share a sentence, even when another article tells one of them first', () => {
    const a = { article: 'a.txt', start: 10, end: 50, quote: 'q1' };
    const b = { article: 'b.txt', start: 5, end: 40, quote: 'q2' };
    const groups = eventsBySentence([
      event({ id: 'surge', kind: 'surge', sources: [b, a] }),
      event({ id: 'pass', kind: 'pass', sources: [a] }),
    ]);
    expect(groups.map((g) => [g.events.map((e) => e.id), g.sources.map((s) => s.quote)])).toEqual([
      [
        ['surge', 'pass'],
        ['q2', 'q1'],
      ],
    ]);
  });

  it('eventsBySentence groups events by the sentence that tells them, keeping race order and every source', () => {
    const a = { article: 'a.txt', start: 10, end: 50, quote: 'q1' };
    const b = { article: 'b.txt', start: 5, end: 40, quote: 'q2' };
    const c = { article: 'a.txt', start: 60, end: 90, quote: 'q3' };
    const groups = eventsBySentence([
      event({ id: '1', kind: 'pass', sources: [a] }),
      event({ id: '2', kind: 'kick', sources: [a, b] }),
      event({ id: '3', kind: 'fade', sources: [c] }),
    ]);
    expect(groups.map((g) => [g.events.map((e) => e.id), g.sources.map((s) => s.quote)])).toEqual([
      [
        ['1', '2'],
        ['q1', 'q2'],
      ],
      [['3'], ['q3']],
    ]);
  });
});
