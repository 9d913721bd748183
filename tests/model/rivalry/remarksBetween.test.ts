import { describe, expect, it } from 'vitest';
import { remarksBetween } from '../../../src/model/rivalry/remarksBetween';
import { remarks } from './rivalryFixture';

describe('remarksBetween', () => {
  it('remarksBetween(remarks, ids) keeps what one chosen athlete said about another', () => {
    expect(remarksBetween(remarks, ['josh-kerr', 'jakob-ingebrigtsen']).map((r) => r.text)).toEqual([
      'He’s obviously pretty dominant in the 5,000m',
      'So if you can’t recover from a three minute race in 16 days, then you have a big problem.',
    ]);
  });

  it('remarksBetween(remarks, ids) leaves out remarks about oneself or about athletes not chosen', () => {
    expect(remarksBetween(remarks, ['josh-kerr'])).toEqual([]);
  });
});
