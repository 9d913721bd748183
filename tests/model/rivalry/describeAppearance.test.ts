import { describe, expect, it } from 'vitest';
import { describeAppearance } from '../../../src/model/rivalry/describeAppearance';
import { shortNames } from '../../../src/model/rivalry/shortNames';
import { budapest, monaco, paris, race, result, rivalryDataset, tokyo } from './rivalryFixture';

const name = shortNames(rivalryDataset().athletes);

describe('describeAppearance', () => {
  it('describeAppearance(race, id) gives place and time from the results', () => {
    expect(describeAppearance(paris, 'josh-kerr', name)).toBe('2nd 3:27.79');
  });

  it('describeAppearance(race, id) says who the story puts the athlete behind or ahead of', () => {
    expect(describeAppearance(tokyo, 'josh-kerr', name)).toBe('behind Hocker (reported in text)');
    expect(describeAppearance(budapest, 'josh-kerr', name)).toBe('ahead of Ingebrigtsen (reported in text)');
  });

  it('describeAppearance(race, id) reports an absence, a dnf, or just that they ran', () => {
    expect(describeAppearance(monaco, 'josh-kerr', name)).toBe('did not run');
    expect(
      describeAppearance(race('r', { results: [result('a', null, null, { status: 'dnf' })] }), 'a', name),
    ).toBe('(dnf)');
    expect(describeAppearance(race('r', { results: [result('a', null, null)] }), 'a', name)).toBe('ran');
  });
});
