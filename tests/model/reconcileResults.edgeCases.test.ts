import { describe, expect, it } from 'vitest';
import { reconcileResults } from '../../src/model/reconcileResults';
import { PeopleIndex } from '../../src/data/peopleIndex';
import type { ResultFact } from '../../src/data/articleFacts';
import type { Conflict } from '../../src/model/types';
import type { Issue } from '../../src/data/types';

const people = new PeopleIndex();
for (const name of ['Jakob Ingebrigtsen', 'Josh Kerr', 'Timothy Cheruiyot']) people.add(name.split(' '));
const fact = (athleteId: string, field: ResultFact['field'], value: number): ResultFact => ({
  frame: 0,
  athleteId,
  field,
  value,
  source: { article: 'a.txt', start: 0, end: 4, quote: 'text' },
});

describe('reconcileResults edge cases', () => {
  it("reconcileResults gives no gap to the winner when the winner's time is unknown", () => {
    const conflicts: Conflict[] = [];
    const issues: Issue[] = [];
    const results = reconcileResults(
      'race',
      [
        fact('jakob-ingebrigtsen', 'place', 1),
        fact('timothy-cheruiyot', 'place', 2),
        fact('timothy-cheruiyot', 'time', 208.53),
        fact('josh-kerr', 'place', 3),
        fact('josh-kerr', 'time', 209.05),
      ],
      people,
      new Map(),
      conflicts,
      issues,
    );
    expect(results.map((r) => [r.athleteId, r.gap?.value ?? null])).toEqual([
      ['jakob-ingebrigtsen', null],
      ['timothy-cheruiyot', null],
      ['josh-kerr', null],
    ]);
  });
});
