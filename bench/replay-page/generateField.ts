// A generated race for the replay benchmark: a big field with invented runners and times,
// the same every time (seeded). Nothing here is a real race.
import { metres, seconds } from '../../src/data/types';
import type { Race, Result } from '../../src/model/types';
import { mulberry32 } from '../generateArticles';

const COUNTRIES = ['KEN', 'ETH', 'NOR', 'GBR', 'USA', 'JAM', 'ESP', 'JPN', 'AUS', 'FRA'];

/** The id of the generated race in the benchmark page's dataset. */
export const FIELD_RACE_ID = 'bench-generated-field';

/** A `distance` m race of `runners` runners, winner in `winner` s, the rest spread behind. */
export function generateField(runners: number, distance = 1500, winner = 215, seed = 1000): Race {
  const random = mulberry32(seed);
  let time = winner;
  const results: Result[] = [];
  for (let i = 0; i < runners; i += 1) {
    if (i > 0) time += random() * 0.12;
    const place = i + 1;
    results.push({
      athleteId: `runner-${place}`,
      athlete: `Runner ${String(place).padStart(4, '0')}`,
      country: { value: COUNTRIES[i % COUNTRIES.length]!, sources: [], basis: 'stated' },
      place: { value: place, sources: [], basis: 'stated' },
      time: { value: seconds(Math.round(time * 100) / 100), sources: [], basis: 'stated' },
      gap: null,
      statedGaps: [],
      records: [],
      status: 'finished',
      sources: [],
    });
  }
  return {
    id: FIELD_RACE_ID,
    name: `Generated field of ${runners} (${distance} m)`,
    competition: null,
    event: null,
    distance: metres(distance),
    sex: null,
    round: null,
    date: null,
    dateRange: null,
    results,
    orderings: [],
    narrative: [],
    absences: [],
    kind: 'results',
    articles: [],
    sources: [],
  };
}
