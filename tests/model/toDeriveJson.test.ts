import { describe, expect, it } from 'vitest';
import { toDeriveJson, type DeriveJson } from '../../src/model/toDeriveJson';
import { deriveDataset } from '../../src/model/deriveDataset';
import type { Article, IsoDate, Seconds, SourceSpan } from '../../src/data/types';
import type { Dataset, Race, Result } from '../../src/model/types';

const articles: Article[] = [
  {
    name: 'a.txt',
    text: 'Hocker wins Olympic gold\r\nCole Hocker of the USA won the men\u2019s 1500m final at the Paris 2024 Olympics on August 6, 2024 in 3:27.65. Josh Kerr of Great Britain was second in 3:27.79, 0.5 seconds behind, and Yared Nuguse took bronze in 3:27.80.',
  },
  {
    name: 'b.txt',
    text: 'Kerr settles for silver\nAt the Paris Olympics, Cole Hocker won the 1500m in 3:27.65, with Josh Kerr second in 3:27.97.',
  },
];
const json = toDeriveJson(deriveDataset(articles));

/** Every source span anywhere in the JSON. */
function spansIn(value: unknown, out: SourceSpan[] = []): SourceSpan[] {
  if (Array.isArray(value)) for (const v of value) spansIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (
      typeof o.article === 'string' &&
      typeof o.start === 'number' &&
      typeof o.end === 'number' &&
      typeof o.quote === 'string'
    )
      out.push(o as unknown as SourceSpan);
    else for (const v of Object.values(o)) spansIn(v, out);
  }
  return out;
}

describe('toDeriveJson on derived articles', () => {
  it('toDeriveJson(dataset) has races, conflicts and issues at the top', () => {
    expect(Object.keys(json)).toEqual(['races', 'conflicts', 'issues']);
  });

  it('toDeriveJson gives each race id, name, event, date and results as plain values', () => {
    const race = json.races[0];
    expect(race).toMatchObject({
      id: 'paris-2024-olympics-men-s-1500m-final',
      name: "Paris 2024 Olympics – Men's 1500m final",
      event: '1500m',
      date: '2024-08-06',
    });
    expect(race?.results.map((r) => [r.athlete, r.country, r.place, r.time, r.gap])).toEqual([
      ['Cole Hocker', 'USA', 1, 207.65, 0],
      ['Josh Kerr', 'GBR', 2, 207.79, 0.14],
      ['Yared Nuguse', null, 3, 207.8, 0.15],
    ]);
  });

  it('toDeriveJson gives every result the sources of its values, each naming its article', () => {
    for (const r of json.races[0]?.results ?? []) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) expect(['a.txt', 'b.txt']).toContain(s.article);
    }
  });

  it('toDeriveJson: every source span quotes its article (text.slice(start, end) === quote)', () => {
    const spans = spansIn(json);
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) {
      const text = articles.find((a) => a.name === s.article)?.text;
      expect(text?.slice(s.start, s.end)).toBe(s.quote);
    }
  });

  it('toDeriveJson lists conflicts between articles with every value, the value shown and the rule', () => {
    const time = json.conflicts.find((c) => c.athleteId === 'josh-kerr' && c.field === 'time');
    expect(time?.values.map((v) => v.value).sort()).toEqual([207.79, 207.97]);
    expect(time?.chosen).toBe(207.79);
    expect(time?.rule).toMatch(/\S/);
  });

  it('toDeriveJson lists issues, such as a stated gap that disagrees with the times', () => {
    expect(json.issues.map((i) => i.kind)).toContain('gap-mismatch');
  });

  it('toDeriveJson survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(json)) as DeriveJson).toEqual(json);
  });
});

describe('toDeriveJson on a hand-made dataset', () => {
  const src: SourceSpan = { article: 'x.txt', start: 0, end: 4, quote: 'Kerr' };
  const countrySrc: SourceSpan = { article: 'x.txt', start: 10, end: 17, quote: 'British' };
  const result: Result = {
    athleteId: 'josh-kerr',
    athlete: 'Josh Kerr',
    country: { value: 'GBR', sources: [countrySrc], basis: 'stated' },
    place: { value: 2, sources: [src], basis: 'derived' },
    time: null,
    gap: null,
    statedGaps: [{ value: 0.14 as Seconds, sources: [src] }],
    records: [{ value: 'NR', sources: [src] }],
    status: 'finished',
    sources: [src],
  };
  const race: Race = {
    id: 'r',
    name: 'R',
    competition: null,
    event: null,
    distance: null,
    sex: null,
    round: null,
    date: null,
    dateRange: {
      earliest: '2024-07-26' as IsoDate,
      latest: '2024-08-11' as IsoDate,
      reason: 'during the Games',
      sources: [],
    },
    results: [result],
    orderings: [],
    narrative: [],
    absences: [],
    kind: 'narrative',
    articles: ['x.txt'],
    sources: [],
  };
  const dataset: Dataset = { races: [race], athletes: [], remarks: [], conflicts: [], issues: [] };
  const out = toDeriveJson(dataset);

  it('toDeriveJson writes null for unknown event, date, time and gap, and the date window when there is one', () => {
    expect(out.races[0]).toMatchObject({
      event: null,
      date: null,
      competition: null,
      round: null,
      sex: null,
      distance: null,
      dateRange: { earliest: '2024-07-26', latest: '2024-08-11', reason: 'during the Games' },
    });
    expect(out.races[0]?.results[0]).toMatchObject({ time: null, gap: null });
  });

  it("toDeriveJson adds the country's sources to the result's sources, and says per value whether it is stated or derived", () => {
    const r = out.races[0]?.results[0];
    expect(r?.sources).toEqual([src, countrySrc]);
    expect(r?.facts).toEqual({
      country: { basis: 'stated', sources: [countrySrc] },
      place: { basis: 'derived', sources: [src] },
    });
  });

  it('toDeriveJson writes records as their codes and keeps stated gaps with their sources', () => {
    expect(out.races[0]?.results[0]).toMatchObject({
      records: ['NR'],
      statedGaps: [{ value: 0.14, sources: [src] }],
      status: 'finished',
      athleteId: 'josh-kerr',
    });
  });

  it('toDeriveJson gives a time worked out from a stated gap as workedOutTime, never as the stated time', () => {
    const worked = toDeriveJson(
      deriveDataset([
        {
          name: 'gap.txt',
          text: 'Lena Moser won the women\u2019s 5000m at the Zurich meeting in 14:30.00. Ada Brink was second, 2.5 seconds behind.',
        },
      ]),
    );
    const results = worked.races[0]?.results ?? [];
    expect(results.map((r) => [r.athlete, r.place, r.time, r.workedOutTime])).toEqual([
      ['Lena Moser', 1, 870, null],
      ['Ada Brink', 2, null, 872.5],
    ]);
    expect(results[1]?.facts.time?.basis).toBe('derived');
  });

  it('toDeriveJson of an empty dataset is empty lists', () => {
    expect(toDeriveJson({ races: [], athletes: [], remarks: [], conflicts: [], issues: [] })).toEqual({
      races: [],
      conflicts: [],
      issues: [],
    });
  });
});
