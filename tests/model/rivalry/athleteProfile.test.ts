import { describe, expect, it } from 'vitest';
import { athleteProfile } from '../../../src/model/rivalry/athleteProfile';
import type { Race } from '../../../src/model/types';
import { fact5000, paris, race, result, rivalryDataset } from './rivalryFixture';

describe('athleteProfile', () => {
  it('athleteProfile(dataset, id) gathers country, best times, medals, records, races and quotes', () => {
    const p = athleteProfile(rivalryDataset(), 'josh-kerr');
    expect(p?.country?.value).toBe('GBR');
    expect(p?.bestTimes.map((b) => b.time.value)).toEqual([207.79]);
    expect(p?.medals.map((m) => [m.medal, m.race.id])).toEqual([['silver', 'paris-2024-1500m-final']]);
    expect(p?.records.map((r) => r.record)).toEqual(['WL', 'NR', 'PB']);
    expect(p?.appearances.map((a) => [a.race.id, a.absent])).toEqual([
      ['tokyo-2020-1500m-sf', false],
      ['budapest-2023-1500m-final', false],
      ['grand-slam-track-1500m', false],
      ['monaco-2024-1500m', true],
      ['paris-2024-1500m-final', false],
      ['lausanne-2024-1500m', true],
    ]);
    expect(p?.quotes).toHaveLength(3);
  });

  it('athleteProfile(dataset, id) gives no medal for a win at a one-day meeting', () => {
    const p = athleteProfile(rivalryDataset(), 'jakob-ingebrigtsen');
    expect(p?.medals).toEqual([]);
  });

  it('athleteProfile(dataset, id) gives gold for a championship final win', () => {
    expect(athleteProfile(rivalryDataset(), 'cole-hocker')?.medals.map((m) => m.medal)).toEqual(['gold']);
  });

  it('athleteProfile(dataset, id) is null for an unknown athlete', () => {
    expect(athleteProfile(rivalryDataset(), 'nobody')).toBeNull();
  });

  it("athleteProfile(dataset, id) takes the country from a result when the athlete's is unknown", () => {
    const d = rivalryDataset();
    d.athletes = d.athletes.map((a) => ({ ...a, country: null }));
    const paris = d.races.find((r) => r.id === 'paris-2024-1500m-final');
    const hocker = paris?.results[0];
    if (hocker) hocker.country = { value: 'USA', sources: [], basis: 'stated' };
    expect(athleteProfile(d, 'cole-hocker')?.country?.value).toBe('USA');
  });

  it('athleteProfile(dataset, id) counts a championship race of unstated round as a final', () => {
    const d = rivalryDataset();
    const fiveK = race('paris-5000', {
      competition: paris.competition,
      event: fact5000,
      distance: 5000 as Race['distance'],
      results: [result('jakob-ingebrigtsen', 1, 793.66)],
    });
    d.races.push(fiveK);
    expect(athleteProfile(d, 'jakob-ingebrigtsen')?.medals.map((m) => [m.medal, m.race.id])).toEqual([
      ['gold', 'paris-5000'],
    ]);
  });
});
