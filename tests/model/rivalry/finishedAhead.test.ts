import { describe, expect, it } from 'vitest';
import { finishedAhead } from '../../../src/model/rivalry/finishedAhead';
import { lausanne, ordering, paris, race, result, tokyo } from './rivalryFixture';

describe('finishedAhead', () => {
  it('finishedAhead(race, a, b) uses places first, whichever athlete is asked first', () => {
    expect(finishedAhead(paris, 'josh-kerr', 'cole-hocker')).toMatchObject({
      ahead: 'cole-hocker',
      behind: 'josh-kerr',
      basis: 'place',
    });
    expect(finishedAhead(paris, 'cole-hocker', 'josh-kerr')).toMatchObject({
      ahead: 'cole-hocker',
      basis: 'place',
    });
  });

  it('finishedAhead(race, a, b) falls back on times when places are missing', () => {
    const r = race('r', { results: [result('a', null, 210.5), result('b', null, 210.4)] });
    expect(finishedAhead(r, 'a', 'b')).toMatchObject({ ahead: 'b', behind: 'a', basis: 'time' });
  });

  it('finishedAhead(race, a, b) counts no winner for equal times without places', () => {
    const r = race('r', { results: [result('a', null, 210.5), result('b', null, 210.5)] });
    expect(finishedAhead(r, 'a', 'b')).toBeNull();
  });

  it('finishedAhead(race, a, b) puts the winner ahead of a finisher whose place is not stated', () => {
    expect(finishedAhead(lausanne, 'cole-hocker', 'jakob-ingebrigtsen')).toMatchObject({
      ahead: 'jakob-ingebrigtsen',
      basis: 'place',
    });
  });

  it('finishedAhead(race, a, b) reads a narrative ordering when there are no results', () => {
    expect(finishedAhead(tokyo, 'josh-kerr', 'cole-hocker')).toMatchObject({
      ahead: 'cole-hocker',
      behind: 'josh-kerr',
      basis: 'ordering',
      sources: [{ quote: 'cole-hocker beat josh-kerr' }],
    });
  });

  it('finishedAhead(race, a, b) prefers places over a contradicting ordering', () => {
    const r = race('r', {
      results: [result('a', 1, null), result('b', 2, null)],
      orderings: [ordering('b', 'a')],
    });
    expect(finishedAhead(r, 'a', 'b')?.ahead).toBe('a');
  });

  it('finishedAhead(race, a, b) puts a finisher ahead of a dnf', () => {
    const r = race('r', { results: [result('a', null, null, { status: 'dnf' }), result('b', null, null)] });
    expect(finishedAhead(r, 'a', 'b')).toMatchObject({ ahead: 'b', basis: 'status' });
  });

  it('finishedAhead(race, a, b) is null when the order is unknown or an athlete did not run', () => {
    const r = race('r', { results: [result('a', null, null), result('b', null, null)] });
    expect(finishedAhead(r, 'a', 'b')).toBeNull();
    expect(finishedAhead(paris, 'cole-hocker', 'oliver-hoare')).toBeNull();
  });
});
