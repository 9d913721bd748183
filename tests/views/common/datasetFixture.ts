// Hand-written datasets for view and state tests: what the extractor could derive from a few
// articles, written out so the tests do not depend on the extractor.
import { isoDate, seconds, type Article, type SourceSpan } from '../../../src/data/types';
import type { Dataset, Fact, Race, Result } from '../../../src/model/types';

export const ARTICLES: Article[] = [
  {
    name: '001_paris.txt',
    text:
      'Hocker clocked a new Olympic record time of 3:27.65. Kerr finished in second place, just 0.14 ' +
      'seconds behind, while Yared Nuguse claimed bronze.',
  },
  {
    name: '002_paris.txt',
    text:
      'Hocker won in an Olympic record time of 3:27.65. Kerr followed with a British record of 3:27.79, ' +
      'while Nuguse secured bronze in 3:27.80. Neil Gourley finished 10th with a time of 3:30.88.',
  },
  {
    name: '004_lausanne.txt',
    text: 'Hocker crossed the line in 3:27:65. Ingebrigtsen set a meet record of 3:27.83.',
  },
];

/** A span of `article` covering the first occurrence of `quote` in its text. */
export function span(article: string, quote: string): SourceSpan {
  const text = ARTICLES.find((a) => a.name === article)?.text ?? '';
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" is not in ${article}`);
  return { article, start, end: start + quote.length, quote };
}

export function fact<T>(value: T, sources: SourceSpan[], basis: 'stated' | 'derived' = 'stated'): Fact<T> {
  return { value, sources, basis };
}

export function makeResult(athleteId: string, athlete: string, over: Partial<Result> = {}): Result {
  return {
    athleteId,
    athlete,
    country: null,
    place: null,
    time: null,
    gap: null,
    statedGaps: [],
    records: [],
    status: 'finished',
    sources: [],
    ...over,
  };
}

export function makeRace(id: string, name: string, over: Partial<Race> = {}): Race {
  return {
    id,
    name,
    competition: null,
    event: null,
    distance: null,
    sex: null,
    round: null,
    date: null,
    dateRange: null,
    results: [],
    orderings: [],
    narrative: [],
    absences: [],
    kind: 'narrative',
    articles: [],
    sources: [],
    ...over,
  };
}

const hockerTime = [span('001_paris.txt', '3:27.65'), span('002_paris.txt', '3:27.65')];
const kerrTime = [span('002_paris.txt', '3:27.79')];

/** The Paris 2024 men's 1500 m final as three articles tell it, with one conflict. */
export function parisFinal(): Race {
  return makeRace('paris-2024-m1500-final', "Men's 1500m final", {
    competition: fact(
      { key: 'olympics-2024', name: 'Paris 2024 Olympics', kind: 'olympics', city: 'Paris', year: 2024 },
      [span('001_paris.txt', 'Olympic')],
    ),
    event: fact("men's 1500m", []),
    round: fact('final', []),
    date: fact(isoDate('2024-08-06'), []),
    kind: 'results',
    articles: ['001_paris.txt', '002_paris.txt'],
    results: [
      makeResult('cole-hocker', 'Cole Hocker', {
        country: fact('USA', []),
        place: fact(1, [span('002_paris.txt', 'Hocker won')]),
        time: fact(seconds(207.65), hockerTime),
        gap: fact(seconds(0), hockerTime, 'derived'),
        records: [{ value: 'OR', sources: [span('002_paris.txt', 'Olympic record')] }],
        sources: [...hockerTime, span('002_paris.txt', 'Hocker won')],
      }),
      makeResult('josh-kerr', 'Josh Kerr', {
        country: fact('GBR', []),
        place: fact(2, [span('001_paris.txt', 'second place')]),
        time: fact(seconds(207.79), kerrTime),
        gap: fact(seconds(0.14), [...hockerTime, ...kerrTime], 'derived'),
        statedGaps: [{ value: seconds(0.14), sources: [span('001_paris.txt', '0.14 seconds behind')] }],
        records: [{ value: 'NR', sources: [span('002_paris.txt', 'British record')] }],
        sources: [...kerrTime, span('001_paris.txt', 'second place')],
      }),
      makeResult('yared-nuguse', 'Yared Nuguse', {
        place: fact(3, [span('001_paris.txt', 'bronze')]),
        time: fact(seconds(207.8), [span('002_paris.txt', '3:27.80')]),
        gap: fact(seconds(0.15), [...hockerTime, span('002_paris.txt', '3:27.80')], 'derived'),
        sources: [span('002_paris.txt', '3:27.80'), span('001_paris.txt', 'bronze')],
      }),
      makeResult('neil-gourley', 'Neil Gourley', {
        place: fact(10, [span('002_paris.txt', '10th')]),
        time: fact(seconds(210.88), [span('002_paris.txt', '3:30.88')]),
        gap: fact(seconds(3.23), [...hockerTime, span('002_paris.txt', '3:30.88')], 'derived'),
        sources: [span('002_paris.txt', '3:30.88')],
      }),
    ],
    orderings: [
      {
        ahead: 'cole-hocker',
        behind: 'josh-kerr',
        sources: [span('001_paris.txt', 'Kerr finished in second place')],
      },
    ],
    narrative: [],
    absences: [],
    sources: [...hockerTime, ...kerrTime],
  });
}

/** A race known only from the story, with no date but a window. */
export function lausanneStory(): Race {
  return makeRace('lausanne-2024-m1500', 'Lausanne 1500m', {
    kind: 'narrative',
    articles: ['004_lausanne.txt'],
    dateRange: {
      earliest: isoDate('2024-05-01'),
      latest: isoDate('2024-07-31'),
      reason: 'before the Games',
      sources: [span('004_lausanne.txt', 'meet record')],
    },
  });
}

export function parisDataset(): Dataset {
  return {
    races: [lausanneStory(), parisFinal()],
    athletes: [
      { id: 'cole-hocker', name: 'Cole Hocker', country: null, mentions: 4 },
      { id: 'josh-kerr', name: 'Josh Kerr', country: null, mentions: 3 },
    ],
    remarks: [],
    conflicts: [
      {
        id: 'c1',
        raceId: 'paris-2024-m1500-final',
        athleteId: 'cole-hocker',
        field: 'time',
        message: 'The articles give different times for Cole Hocker',
        values: [
          { value: '3:27.65', sources: hockerTime },
          { value: '3:27:65', sources: [span('004_lausanne.txt', '3:27:65')] },
        ],
        chosen: '3:27.65',
        rule: 'a well-formed time wins over a typo',
      },
    ],
    issues: [],
  };
}
