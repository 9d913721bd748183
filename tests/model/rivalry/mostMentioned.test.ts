import { describe, expect, it } from 'vitest';
import { mostMentioned } from '../../../src/model/rivalry/mostMentioned';
import { rivalryDataset } from './rivalryFixture';

describe('mostMentioned', () => {
  it('mostMentioned(dataset, 3) picks the three most-mentioned athletes who appear in races', () => {
    expect(mostMentioned(rivalryDataset(), 3)).toEqual(['josh-kerr', 'jakob-ingebrigtsen', 'cole-hocker']);
  });

  it('mostMentioned(dataset, n) skips athletes in no race, however often mentioned', () => {
    expect(mostMentioned(rivalryDataset(), 10)).not.toContain('mo-farah');
  });

  it('mostMentioned(dataset, n) breaks ties by number of races, then by name', () => {
    const d = rivalryDataset();
    d.athletes = d.athletes.map((a) => ({ ...a, mentions: 1 }));
    // Kerr is in six races; Hocker and Ingebrigtsen in four each.
    expect(mostMentioned(d, 3)).toEqual(['josh-kerr', 'cole-hocker', 'jakob-ingebrigtsen']);
  });

  it('mostMentioned(dataset, n) is empty for an empty dataset or n <= 0', () => {
    expect(mostMentioned({ athletes: [], races: [] }, 3)).toEqual([]);
    expect(mostMentioned(rivalryDataset(), 0)).toEqual([]);
  });
});
