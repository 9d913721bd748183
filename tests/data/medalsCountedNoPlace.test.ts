/**
 * Medals counted over a career ("a run of three successive silver medals") are no place in the race
 * reported. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { resultRows } from '../helpers/reportRaces';

const WIRE = [
  'Halvorsen ends silver streak with world 1,500m gold',
  '',
  "Erlend Halvorsen of Norway timed his finishing burst to perfection to win the men's 1,500 metres at the world championships on Saturday, clocking 3:29.84 to hold off Kenya's Abel Kimutai and end a run of three successive silver medals at global level.",
  '',
  'Kimutai finished second in 3:30.05.',
].join('\n');

describe('medals counted over a career', () => {
  it('leaves the winner first, with no second place from the silver medals counted', () => {
    const dataset = deriveDataset([{ name: 'report.txt', text: WIRE }]);
    const [race] = dataset.races;
    expect(race && resultRows(race)).toEqual([
      ['Erlend Halvorsen', 1, 209.84],
      ['Abel Kimutai', 2, 210.05],
    ]);
    expect(dataset.conflicts).toEqual([]);
  });
});
