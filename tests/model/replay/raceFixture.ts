// Hand-made races for the replay tests, shaped like what the extractor derives.
import { metres, seconds, type SourceSpan } from '../../../src/data/types';
import type { NarrativeEvent, Race, Result } from '../../../src/model/types';

export const span = (quote: string, article = 'test.txt'): SourceSpan => ({
  article,
  start: 0,
  end: quote.length,
  quote,
});

export interface ResultSpec {
  id: string;
  name?: string;
  country?: string;
  place?: number;
  time?: number;
  status?: Result['status'];
}

export function result(spec: ResultSpec): Result {
  const src = [span(`${spec.id} ${spec.time ?? ''}`)];
  return {
    athleteId: spec.id,
    athlete: spec.name ?? spec.id,
    country: spec.country === undefined ? null : { value: spec.country, sources: src, basis: 'stated' },
    place: spec.place === undefined ? null : { value: spec.place, sources: src, basis: 'stated' },
    time: spec.time === undefined ? null : { value: seconds(spec.time), sources: src, basis: 'stated' },
    gap: null,
    statedGaps: [],
    records: [],
    status: spec.status ?? 'finished',
    sources: src,
  };
}

export function event(spec: Partial<NarrativeEvent> & Pick<NarrativeEvent, 'id' | 'kind'>): NarrativeEvent {
  return {
    athleteId: null,
    others: [],
    at: null,
    toGo: null,
    time: null,
    until: null,
    quote: spec.quote ?? spec.id,
    sources: [span(spec.quote ?? spec.id)],
    ...spec,
  };
}

export function race(
  distance: number | null,
  results: Result[],
  narrative: NarrativeEvent[] = [],
  id = 'test-race',
): Race {
  return {
    id,
    name: `Test ${distance ?? '?'} m`,
    competition: null,
    event: null,
    distance: distance === null ? null : metres(distance),
    sex: null,
    round: null,
    date: null,
    dateRange: null,
    results,
    orderings: [],
    narrative,
    absences: [],
    kind: 'results',
    articles: ['test.txt'],
    sources: [],
  };
}

/** The men's 1500 m final of Paris 2024 as the seed articles tell it. */
export function parisFinal(): Race {
  return race(
    1500,
    [
      result({ id: 'cole-hocker', name: 'Cole Hocker', country: 'USA', place: 1, time: 207.65 }),
      result({ id: 'josh-kerr', name: 'Josh Kerr', country: 'GBR', place: 2, time: 207.79 }),
      result({ id: 'yared-nuguse', name: 'Yared Nuguse', country: 'USA', place: 3, time: 207.8 }),
      result({
        id: 'jakob-ingebrigtsen',
        name: 'Jakob Ingebrigtsen',
        country: 'NOR',
        place: 4,
        time: 208.24,
      }),
      result({ id: 'neil-gourley', name: 'Neil Gourley', country: 'GBR', place: 10, time: 210.88 }),
    ],
    [
      event({
        id: 'e1',
        kind: 'lead',
        athleteId: 'jakob-ingebrigtsen',
        at: metres(0),
        quote: 'took the lead early',
      }),
      event({
        id: 'e2',
        kind: 'split',
        athleteId: 'jakob-ingebrigtsen',
        at: metres(400),
        time: seconds(54.9),
        quote: 'Ingebrigtsen’s opening lap clocking in at 54.9 seconds',
      }),
      event({
        id: 'e3',
        kind: 'pass',
        athleteId: 'josh-kerr',
        others: ['jakob-ingebrigtsen'],
        toGo: metres(200),
        at: metres(1300),
        quote: 'overtake Ingebrigtsen with around 200 meters to go',
      }),
      event({
        id: 'e4',
        kind: 'pass',
        athleteId: 'cole-hocker',
        others: ['josh-kerr', 'jakob-ingebrigtsen'],
        toGo: metres(30),
        at: metres(1470),
        quote:
          'With just 30 meters remaining, he unleashed a burst of speed that saw him overtake both Kerr and the fading Ingebrigtsen',
      }),
      event({
        id: 'e5',
        kind: 'surge',
        athleteId: 'cole-hocker',
        quote: 'a perfectly timed surge on the inside',
      }),
    ],
    'paris-2024-men-1500m-final',
  );
}
