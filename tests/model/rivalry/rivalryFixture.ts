// A hand-made dataset modelled on the seed articles (Kerr, Hocker, Ingebrigtsen, 2021–2024), shared
// by the rivalry model, chart and view tests.
import { isoDate, seconds } from '../../../src/data/types';
import type { RecordKind, SourceSpan } from '../../../src/data/types';
import type {
  Athlete,
  Competition,
  Dataset,
  DateRange,
  Fact,
  Race,
  Remark,
  Result,
} from '../../../src/model/types';

export const span = (quote: string, article = 'a.txt'): SourceSpan => ({
  article,
  start: 0,
  end: quote.length,
  quote,
});
const fact = <T>(value: T, quote: string, basis: 'stated' | 'derived' = 'stated'): Fact<T> => ({
  value,
  sources: [span(quote)],
  basis,
});

export function result(
  athleteId: string,
  place: number | null,
  time: number | null,
  extra: Partial<Result> & { recordKinds?: RecordKind[] } = {},
): Result {
  const { recordKinds = [], ...rest } = extra;
  const name = athleteId.replace(
    /(^|-)(\w)/g,
    (_, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`,
  );
  return {
    athleteId,
    athlete: name,
    country: null,
    place: place === null ? null : fact(place, `${name} ${place}`),
    time: time === null ? null : fact(seconds(time), `${name} in ${time}`),
    gap: null,
    statedGaps: [],
    records: recordKinds.map((r) => ({ value: r, sources: [span(`${r} for ${name}`)] })),
    status: 'finished',
    sources: [span(`${name} result`)],
    ...rest,
  };
}

export function race(id: string, extra: Partial<Race> = {}): Race {
  return {
    id,
    name: id,
    competition: null,
    event: fact('1500m', '1500m'),
    distance: 1500 as Race['distance'],
    sex: fact('men' as const, "men's"),
    round: null,
    date: null,
    dateRange: null,
    results: [],
    orderings: [],
    narrative: [],
    absences: [],
    kind: extra.results?.some((r) => r.place || r.time) ? 'results' : 'narrative',
    articles: ['a.txt'],
    sources: [span(id)],
    ...extra,
  };
}

export const competition = (c: Competition): Fact<Competition> => fact(c, c.name);
export const date = (d: string): Fact<ReturnType<typeof isoDate>> => fact(isoDate(d), d);
export const dateRange = (earliest: string | null, latest: string | null, reason: string): DateRange => ({
  earliest: earliest === null ? null : isoDate(earliest),
  latest: latest === null ? null : isoDate(latest),
  reason,
  sources: [span(reason)],
});
export const ordering = (ahead: string, behind: string) => ({
  ahead,
  behind,
  sources: [span(`${ahead} beat ${behind}`)],
});
export const absence = (athleteId: string) => ({ athleteId, sources: [span(`${athleteId} was not there`)] });
export const finalRound = fact('final' as const, 'final');

const athlete = (id: string, name: string, country: string, mentions: number): Athlete => ({
  id,
  name,
  country: fact(country, country),
  mentions,
});

export const tokyo = race('tokyo-2020-1500m-sf', {
  name: "Tokyo 2020 Olympics men's 1500m semi-final",
  competition: competition({
    key: 'tokyo-2020',
    name: 'Tokyo 2020 Olympics',
    kind: 'olympics',
    city: 'Tokyo',
    year: 2021,
  }),
  round: fact('semi-final', 'semifinals'),
  orderings: [ordering('cole-hocker', 'josh-kerr')],
});
export const budapest = race('budapest-2023-1500m-final', {
  name: "Budapest 2023 World Championships men's 1500m final",
  competition: competition({
    key: 'budapest-2023',
    name: 'Budapest 2023 World Championships',
    kind: 'world-championships',
    city: 'Budapest',
    year: 2023,
  }),
  round: finalRound,
  dateRange: dateRange('2023-08-19', '2023-08-27', 'during the 2023 World Championships'),
  orderings: [ordering('josh-kerr', 'jakob-ingebrigtsen')],
});
export const grandSlam = race('grand-slam-track-1500m', {
  name: "Grand Slam Track men's 1500m final",
  competition: competition({
    key: 'gst-2024',
    name: 'Grand Slam Track',
    kind: 'grand-slam-track',
    city: null,
    year: 2024,
  }),
  round: finalRound,
  dateRange: dateRange('2024-05-27', '2024-07-25', 'less than two months before the Paris Games'),
  results: [
    result('josh-kerr', 1, 210.67, { recordKinds: ['WL'] }),
    result('cole-hocker', 2, 211.12),
    result('oliver-hoare', 3, 211.88),
  ],
});
export const monaco = race('monaco-2024-1500m', {
  name: "Monaco Diamond League men's 1500m",
  competition: competition({
    key: 'monaco-2024',
    name: 'Monaco Diamond League',
    kind: 'diamond-league',
    city: 'Monaco',
    year: 2024,
  }),
  date: date('2024-07-12'),
  results: [result('jakob-ingebrigtsen', 1, 206.73, { recordKinds: ['WL'] })],
  absences: [absence('josh-kerr')],
});
export const paris = race('paris-2024-1500m-final', {
  name: "Paris 2024 Olympics men's 1500m final",
  competition: competition({
    key: 'paris-2024',
    name: 'Paris 2024 Olympics',
    kind: 'olympics',
    city: 'Paris',
    year: 2024,
  }),
  round: finalRound,
  date: date('2024-08-06'),
  results: [
    result('cole-hocker', 1, 207.65, { recordKinds: ['OR'] }),
    result('josh-kerr', 2, 207.79, { recordKinds: ['NR', 'PB'] }),
    result('yared-nuguse', 3, 207.8),
    result('jakob-ingebrigtsen', 4, 208.24),
  ],
});
export const lausanne = race('lausanne-2024-1500m', {
  name: "Lausanne Diamond League men's 1500m",
  competition: competition({
    key: 'lausanne-2024',
    name: 'Lausanne Diamond League',
    kind: 'diamond-league',
    city: 'Lausanne',
    year: 2024,
  }),
  date: date('2024-08-22'),
  results: [
    result('jakob-ingebrigtsen', 1, 207.83, { recordKinds: ['MR'] }),
    result('cole-hocker', null, null),
  ],
  absences: [absence('josh-kerr')],
});

export const remark = (
  speakerId: string,
  aboutIds: string[],
  raceId: string | null,
  text: string,
): Remark => ({
  speakerId,
  aboutIds,
  raceId,
  text,
  sources: [span(text, 'remarks.txt')],
});

export const remarks: Remark[] = [
  remark(
    'josh-kerr',
    ['cole-hocker'],
    grandSlam.id,
    'Cole is a phenomenal competitor, and he brought the best out of me today.',
  ),
  remark('josh-kerr', ['jakob-ingebrigtsen'], paris.id, 'He’s obviously pretty dominant in the 5,000m'),
  remark('josh-kerr', ['josh-kerr'], paris.id, 'It’s the fastest I’ve ever run.'),
  remark(
    'jakob-ingebrigtsen',
    ['josh-kerr'],
    lausanne.id,
    'So if you can’t recover from a three minute race in 16 days, then you have a big problem.',
  ),
];

/** A fresh copy of the rivalry dataset (races listed out of date order on purpose). */
export function rivalryDataset(): Dataset {
  return {
    races: [paris, lausanne, tokyo, monaco, grandSlam, budapest],
    athletes: [
      athlete('cole-hocker', 'Cole Hocker', 'USA', 25),
      athlete('josh-kerr', 'Josh Kerr', 'GBR', 40),
      athlete('jakob-ingebrigtsen', 'Jakob Ingebrigtsen', 'NOR', 30),
      athlete('yared-nuguse', 'Yared Nuguse', 'USA', 3),
      athlete('oliver-hoare', 'Oliver Hoare', 'AUS', 2),
      athlete('mo-farah', 'Mo Farah', 'GBR', 5),
    ],
    remarks,
    conflicts: [],
    issues: [],
  };
}

export const fact5000 = fact('5000m', '5000m');
