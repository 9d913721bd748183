import { describe, expect, it } from 'vitest';
import { reconcileResults } from '../../src/model/reconcileResults';
import { uniqueSources } from '../../src/model/sources';
import { PeopleIndex } from '../../src/data/peopleIndex';
import type { ResultFact } from '../../src/data/articleFacts';
import type { Issue, SourceSpan } from '../../src/data/types';
import type { Conflict, Fact, Result } from '../../src/model/types';

const people = new PeopleIndex();
const names = ['Cole Hocker', 'Josh Kerr', 'Yared Nuguse', 'Jakob Ingebrigtsen', 'Timothy Cheruiyot'];
const ids = names.map((n) => people.add(n.split(' ')).id);
const [HOCKER, KERR, NUGUSE, INGEBRIGTSEN, CHERUIYOT] = ids as [string, string, string, string, string];

/** A span of `article` at `start`; reconciliation never reads the quote, so it is a placeholder. */
const source = (article: string, start = 0): SourceSpan => ({ article, start, end: start + 4, quote: 'q' });

/** One stated value; `extra.source` moves its span within the article. */
function fact(
  article: string,
  athleteId: string,
  field: ResultFact['field'],
  value: number | string,
  extra: Partial<ResultFact> = {},
): ResultFact {
  return { frame: 0, athleteId, field, value, ...extra, source: source(article, extra.source?.start ?? 0) };
}

interface Reconciled {
  results: Result[];
  conflicts: Conflict[];
  issues: Issue[];
}
function reconcile(facts: ResultFact[], countries = new Map<string, Fact<string>>()): Reconciled {
  const conflicts: Conflict[] = [];
  const issues: Issue[] = [];
  return {
    results: reconcileResults('race', facts, people, countries, conflicts, issues),
    conflicts,
    issues,
  };
}
const byId = (results: Result[], id: string): Result | undefined => results.find((r) => r.athleteId === id);

describe('reconcileResults: choosing values', () => {
  it('reconcileResults(raceId, facts, …) takes the time more articles state and keeps the other as a conflict with its sources', () => {
    const { results, conflicts } = reconcile([
      fact('a.txt', HOCKER, 'time', 207.65),
      fact('b.txt', HOCKER, 'time', 207.65),
      fact('c.txt', HOCKER, 'time', 207.56),
    ]);
    expect(byId(results, HOCKER)?.time).toEqual({
      value: 207.65,
      sources: [source('a.txt'), source('b.txt')],
      basis: 'stated',
    });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      id: 'race:cole-hocker:time',
      raceId: 'race',
      athleteId: HOCKER,
      field: 'time',
      chosen: 207.65,
      values: [
        { value: 207.65, sources: [source('a.txt'), source('b.txt')] },
        { value: 207.56, sources: [source('c.txt')] },
      ],
    });
    expect(conflicts[0]?.message).toContain('Cole Hocker');
  });

  it('reconcileResults counts articles, not sentences: one article saying a value twice does not outvote two articles', () => {
    const { results } = reconcile([
      fact('a.txt', KERR, 'place', 3, { source: source('a.txt', 0) }),
      fact('a.txt', KERR, 'place', 3, { source: source('a.txt', 50) }),
      fact('b.txt', KERR, 'place', 2),
      fact('c.txt', KERR, 'place', 2),
    ]);
    expect(byId(results, KERR)?.place?.value).toBe(2);
  });

  it("reconcileResults prefers a correctly written time to a typo'd one on a tie of articles", () => {
    const { results, conflicts } = reconcile([
      fact('a.txt', KERR, 'time', 207.97, { typo: true, precision: 2 }),
      fact('b.txt', KERR, 'time', 207.79, { typo: false, precision: 2 }),
    ]);
    expect(byId(results, KERR)?.time?.value).toBe(207.79);
    expect(conflicts[0]?.chosen).toBe(207.79);
  });

  it('reconcileResults prefers the more precise time on a tie of articles (9.784 over 9.78)', () => {
    const { results } = reconcile([
      fact('a.txt', HOCKER, 'time', 9.78, { precision: 2 }),
      fact('b.txt', HOCKER, 'time', 9.784, { precision: 3 }),
    ]);
    expect(byId(results, HOCKER)?.time?.value).toBe(9.784);
  });

  it('reconcileResults merges agreeing values without a conflict and keeps every source once', () => {
    const { results, conflicts } = reconcile([
      fact('a.txt', KERR, 'time', 207.79),
      fact('a.txt', KERR, 'place', 2),
      fact('b.txt', KERR, 'time', 207.79),
    ]);
    expect(conflicts).toEqual([]);
    expect(byId(results, KERR)?.sources).toEqual([source('a.txt'), source('b.txt')]);
  });

  it('reconcileResults names the athlete from the people index and takes the country given', () => {
    const country: Fact<string> = { value: 'GBR', sources: [source('a.txt', 9)], basis: 'stated' };
    const { results } = reconcile([fact('a.txt', KERR, 'place', 2)], new Map([[KERR, country]]));
    expect(results[0]).toMatchObject({ athleteId: KERR, athlete: 'Josh Kerr', country });
  });

  it('reconcileResults merges records of the same kind and their sources', () => {
    const { results } = reconcile([
      fact('a.txt', HOCKER, 'time', 207.65),
      fact('a.txt', HOCKER, 'record', 'OR', { record: 'OR' }),
      fact('b.txt', HOCKER, 'record', 'OR', { record: 'OR' }),
      fact('b.txt', HOCKER, 'record', 'NR', { record: 'NR' }),
    ]);
    expect(results[0]?.records).toEqual([
      { value: 'OR', sources: [source('a.txt'), source('b.txt')] },
      { value: 'NR', sources: [source('b.txt')] },
    ]);
  });

  it('reconcileResults leaves out athletes with neither place, time nor status', () => {
    const { results } = reconcile([fact('a.txt', KERR, 'record', 'PB', { record: 'PB' })]);
    expect(results).toEqual([]);
  });
});

describe('reconcileResults: statuses', () => {
  it('reconcileResults keeps a DNF without a place, last in the order', () => {
    const { results } = reconcile([
      fact('a.txt', CHERUIYOT, 'status', 'dnf'),
      fact('a.txt', HOCKER, 'place', 1),
      fact('a.txt', HOCKER, 'time', 207.65),
    ]);
    expect(results.map((r) => [r.athleteId, r.status, r.place?.value ?? null])).toEqual([
      [HOCKER, 'finished', 1],
      [CHERUIYOT, 'dnf', null],
    ]);
  });

  it('reconcileResults lets a place stated after a DQ in the same article reinstate the athlete', () => {
    const { results } = reconcile([
      fact('a.txt', KERR, 'status', 'dq', { source: source('a.txt', 10) }),
      fact('a.txt', KERR, 'place', 2, { source: source('a.txt', 90) }),
    ]);
    expect(results[0]).toMatchObject({ status: 'finished', place: { value: 2 } });
  });
});

describe('reconcileResults: derived places', () => {
  const timesAndPlaces = (placed: Record<string, number>, times: Record<string, number>): ResultFact[] => [
    ...Object.entries(times).map(([id, t]) => fact('a.txt', id, 'time', t)),
    ...Object.entries(placed).map(([id, p]) => fact('a.txt', id, 'place', p)),
  ];

  it('reconcileResults derives the place of a runner bracketed in time by the runners placed just before and after', () => {
    const { results } = reconcile(
      timesAndPlaces(
        { [HOCKER]: 1, [KERR]: 2, [INGEBRIGTSEN]: 4 },
        { [HOCKER]: 207.65, [KERR]: 207.79, [NUGUSE]: 207.8, [INGEBRIGTSEN]: 208.24 },
      ),
    );
    const nuguse = byId(results, NUGUSE);
    expect(nuguse?.place?.value).toBe(3);
    expect(nuguse?.place?.basis).toBe('derived');
    expect(nuguse?.place?.sources).toEqual([source('a.txt')]);
    expect(results.map((r) => r.athleteId)).toEqual([HOCKER, KERR, NUGUSE, INGEBRIGTSEN]);
  });

  it('reconcileResults derives first place for the fastest runner when the runner in second is slower', () => {
    const { results } = reconcile(timesAndPlaces({ [KERR]: 2 }, { [HOCKER]: 207.65, [KERR]: 207.79 }));
    expect(byId(results, HOCKER)?.place).toMatchObject({ value: 1, basis: 'derived' });
  });

  it('reconcileResults derives no place when the times do not pin it (a gap of two places, or no placed neighbour)', () => {
    const wide = reconcile(
      timesAndPlaces(
        { [HOCKER]: 1, [INGEBRIGTSEN]: 5 },
        { [HOCKER]: 207.65, [KERR]: 207.79, [INGEBRIGTSEN]: 208.24 },
      ),
    );
    expect(byId(wide.results, KERR)?.place).toBeNull();
    const unplaced = reconcile(timesAndPlaces({}, { [HOCKER]: 207.65, [KERR]: 207.79 }));
    expect(unplaced.results.every((r) => r.place === null)).toBe(true);
  });

  it('reconcileResults derives the places of several runners whose times exactly fill the places between two placed runners', () => {
    const { results } = reconcile(
      timesAndPlaces(
        { [HOCKER]: 1, [INGEBRIGTSEN]: 4 },
        { [HOCKER]: 207.65, [KERR]: 207.79, [NUGUSE]: 207.8, [INGEBRIGTSEN]: 208.24 },
      ),
    );
    expect([byId(results, KERR)?.place, byId(results, NUGUSE)?.place]).toMatchObject([
      { value: 2, basis: 'derived' },
      { value: 3, basis: 'derived' },
    ]);
  });

  it('reconcileResults derives no places for a run of runners when two of their times tie', () => {
    const { results } = reconcile(
      timesAndPlaces(
        { [HOCKER]: 1, [INGEBRIGTSEN]: 4 },
        { [HOCKER]: 207.65, [KERR]: 207.8, [NUGUSE]: 207.8, [INGEBRIGTSEN]: 208.24 },
      ),
    );
    expect([byId(results, KERR)?.place, byId(results, NUGUSE)?.place]).toEqual([null, null]);
  });

  it('reconcileResults does not derive a place another runner already holds', () => {
    const { results } = reconcile(
      timesAndPlaces(
        { [HOCKER]: 1, [KERR]: 3, [NUGUSE]: 2 },
        { [HOCKER]: 207.65, [INGEBRIGTSEN]: 207.7, [KERR]: 207.79 },
      ),
    );
    expect(byId(results, INGEBRIGTSEN)?.place).toBeNull();
  });

  it('reconcileResults reports a placed runner timed slower than the runner placed behind (place-time-order)', () => {
    const { issues } = reconcile(
      timesAndPlaces({ [HOCKER]: 1, [KERR]: 2 }, { [HOCKER]: 207.9, [KERR]: 207.79 }),
    );
    expect(issues.map((i) => i.kind)).toEqual(['place-time-order']);
  });
});

describe('reconcileResults: gaps', () => {
  it("reconcileResults derives each gap as time − the winner's time, with the sources of both times", () => {
    const { results } = reconcile([
      fact('a.txt', HOCKER, 'place', 1),
      fact('a.txt', HOCKER, 'time', 207.65, { source: source('a.txt', 10) }),
      fact('b.txt', KERR, 'time', 207.79, { source: source('b.txt', 20) }),
      fact('b.txt', NUGUSE, 'time', 207.8, { source: source('b.txt', 30) }),
    ]);
    expect(results.map((r) => [r.athleteId, r.gap?.value])).toEqual([
      [HOCKER, 0],
      [KERR, 0.14],
      [NUGUSE, 0.15],
    ]);
    expect(byId(results, KERR)?.gap).toEqual({
      value: 0.14,
      sources: [source('b.txt', 20), source('a.txt', 10)],
      basis: 'derived',
    });
  });

  it('reconcileResults gives no gap to a runner without a time or who did not finish', () => {
    const { results } = reconcile([
      fact('a.txt', HOCKER, 'place', 1),
      fact('a.txt', HOCKER, 'time', 207.65),
      fact('a.txt', KERR, 'place', 2),
      fact('a.txt', CHERUIYOT, 'status', 'dnf'),
    ]);
    expect(results.map((r) => [r.athleteId, r.gap?.value ?? null])).toEqual([
      [HOCKER, 0],
      [KERR, null],
      [CHERUIYOT, null],
    ]);
  });

  it('reconcileResults keeps a stated gap that agrees with the times, without an issue', () => {
    const { results, issues, conflicts } = reconcile([
      fact('a.txt', HOCKER, 'place', 1),
      fact('a.txt', HOCKER, 'time', 207.65),
      fact('a.txt', KERR, 'time', 207.79),
      fact('b.txt', KERR, 'gap', 0.14, { relativeTo: null }),
    ]);
    expect(byId(results, KERR)?.statedGaps).toEqual([{ value: 0.14, sources: [source('b.txt')] }]);
    expect(issues).toEqual([]);
    expect(conflicts).toEqual([]);
  });

  it("reconcileResults checks a stated gap to a named rival against that rival's time", () => {
    const { issues } = reconcile([
      fact('a.txt', HOCKER, 'place', 1),
      fact('a.txt', HOCKER, 'time', 207.65),
      fact('a.txt', KERR, 'time', 207.79),
      fact('a.txt', NUGUSE, 'time', 207.8),
      fact('a.txt', NUGUSE, 'gap', 0.01, { relativeTo: KERR }),
    ]);
    expect(issues).toEqual([]);
  });

  it('reconcileResults reports a stated gap that disagrees with the times as a gap-mismatch issue and a conflict', () => {
    const { results, issues, conflicts } = reconcile([
      fact('a.txt', HOCKER, 'place', 1),
      fact('a.txt', HOCKER, 'time', 207.65),
      fact('a.txt', KERR, 'time', 207.79),
      fact('b.txt', KERR, 'gap', 0.5, { relativeTo: null }),
    ]);
    expect(byId(results, KERR)?.gap?.value).toBe(0.14);
    expect(issues).toEqual([
      expect.objectContaining({ kind: 'gap-mismatch', sources: [source('b.txt'), source('a.txt')] }),
    ]);
    expect(conflicts).toEqual([
      expect.objectContaining({
        id: 'race:josh-kerr:gap:0',
        field: 'gap',
        chosen: 0.14,
        values: [
          { value: 0.5, sources: [source('b.txt')] },
          { value: 0.14, sources: [source('a.txt')] },
        ],
      }),
    ]);
  });
});

describe('uniqueSources', () => {
  it('uniqueSources(list) drops repeated spans of the same article and keeps the first order', () => {
    expect(
      uniqueSources([source('a.txt', 1), source('b.txt', 1), source('a.txt', 1), source('a.txt', 2)]),
    ).toEqual([source('a.txt', 1), source('b.txt', 1), source('a.txt', 2)]);
  });
});

describe('reconcileResults: times from stated gaps', () => {
  it('reconcileResults works out a time from a gap behind the winner, and from one behind a named runner, as derived', () => {
    const { results } = reconcile([
      fact('a.txt', HOCKER, 'place', 1),
      fact('a.txt', HOCKER, 'time', 7477),
      fact('a.txt', KERR, 'gap', 9, { relativeTo: null }),
      fact('a.txt', NUGUSE, 'gap', 20, { relativeTo: KERR }),
    ]);
    expect(results.map((r) => [r.athleteId, r.time?.value ?? null, r.time?.basis ?? null])).toEqual([
      [HOCKER, 7477, 'stated'],
      [KERR, 7486, 'derived'],
      [NUGUSE, 7506, 'derived'],
    ]);
    expect(byId(results, KERR)?.time?.sources).toEqual([source('a.txt')]);
  });

  it('reconcileResults takes no gap over a twentieth of the time for a margin, and keeps no result it gives nothing', () => {
    const { results } = reconcile([
      fact('a.txt', HOCKER, 'place', 1),
      fact('a.txt', HOCKER, 'time', 6.57),
      fact('a.txt', KERR, 'gap', 6.57, { relativeTo: HOCKER }),
    ]);
    expect(results.map((r) => r.athleteId)).toEqual([HOCKER]);
  });

  it('reconcileResults leaves a stated time as it is, whatever gap is stated beside it', () => {
    const { results } = reconcile([
      fact('a.txt', HOCKER, 'place', 1),
      fact('a.txt', HOCKER, 'time', 207.65),
      fact('a.txt', KERR, 'time', 207.79),
      fact('b.txt', KERR, 'gap', 0.5, { relativeTo: null }),
    ]);
    expect(byId(results, KERR)?.time).toMatchObject({ value: 207.79, basis: 'stated' });
  });
});
