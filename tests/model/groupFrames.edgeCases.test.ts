import { describe, expect, it } from 'vitest';
import { groupFrames } from '../../src/model/groupFrames';
import { newFrame } from '../../src/data/raceFrames';
import type { ArticleFacts } from '../../src/data/articleFacts';
import type { SourceSpan } from '../../src/data/types';

const span: SourceSpan = { article: 'a.txt', start: 0, end: 4, quote: 'text' };

describe('groupFrames within one article', () => {
  it('groupFrames merges a kind-less frame of the same article that repeats the same finishers (a results list under "Men:")', () => {
    const final = newFrame(0);
    final.kind = 'olympics';
    final.city = 'Paris';
    final.year = 2024;
    final.event = { value: '1500m', sources: [span] };
    final.sex = { value: 'men', sources: [span] };
    const list = newFrame(1);
    list.sex = { value: 'men', sources: [span] };
    const facts: ArticleFacts = {
      article: 'a.txt',
      frames: [final, list],
      people: [],
      results: [],
      narrative: [],
      orderings: [],
      absences: [],
      remarks: [],
      issues: [],
      editions: [],
    };
    for (const frame of [0, 1]) {
      facts.results.push(
        { frame, athleteId: 'hocker', field: 'place', value: 1, source: span },
        { frame, athleteId: 'kerr', field: 'place', value: 2, source: span },
      );
    }
    expect(groupFrames([facts]).map((g) => g.map((r) => r.frame.index))).toEqual([[0, 1]]);
  });
});
