/**
 * Golden tests on held-out race reports (tests/fixtures/articles): each article is derived alone and
 * compared with expectations written by hand from its text (tests/fixtures/expected). Scored by F1
 * over (athlete, place) and (athlete, time) facts, plus race dates and source-span validity.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import type { Dataset, Race, Result } from '../../src/model/types';
import { findBadSpans, listExpectedNames, loadFixtures, type Fixture } from '../helpers/corpus';
import {
  compareDates,
  foldName,
  isSameFact,
  scoreArticle,
  scoreCorpus,
  type ArticleScore,
  type ExpectedArticle,
} from '../helpers/factsF1';

const fixtures = loadFixtures();

const derivedByArticle = new Map<string, Dataset>();
/** Derives one article alone, once per test file. */
function derivedFor(fixture: Fixture): Dataset {
  const cached = derivedByArticle.get(fixture.article.name);
  if (cached) return cached;
  const dataset = deriveDataset([fixture.article]);
  derivedByArticle.set(fixture.article.name, dataset);
  return dataset;
}

function scoreOfFixture(fixture: Fixture): ArticleScore {
  return scoreArticle(fixture.article.name, fixture.expected, derivedFor(fixture).races);
}

describe('factsF1 helpers', () => {
  const result = (athlete: string, place: number | null, time: number | null): Result => ({
    athleteId: athlete.toLowerCase().replace(/\s+/g, '-'),
    athlete,
    country: null,
    place: place === null ? null : { value: place, sources: [], basis: 'stated' },
    time: time === null ? null : { value: time as never, sources: [], basis: 'stated' },
    gap: null,
    statedGaps: [],
    records: [],
    status: 'finished',
    sources: [],
  });
  const race = (id: string, results: Result[]): Race => ({
    id,
    name: id,
    competition: null,
    event: null,
    distance: null,
    sex: null,
    round: null,
    date: null,
    dateRange: null,
    results,
    orderings: [],
    narrative: [],
    absences: [],
    kind: 'results',
    articles: ['a.txt'],
    sources: [],
  });
  const expectedRace = (results: ExpectedArticle['races'][number]['results']) => ({
    competition: null,
    event: null,
    sex: null,
    round: null,
    date: '2024-08-06',
    results,
  });

  it('foldName(name) ignores case, accents, apostrophe variants, spacing and a quoted nickname', () => {
    expect(foldName('  Tomás  FERREIRA ')).toBe('tomas ferreira');
    expect(foldName('Sam O’Rourke')).toBe(foldName("sam o'rourke"));
    expect(foldName('Kateřina Nováková')).toBe('katerina novakova');
    expect(foldName('Karsten Warholm')).not.toBe(foldName('Karsten Warhol'));
    expect(foldName('Sondre Nordstad Moen Ø')).toBe('sondre nordstad moen o');
    expect(foldName('Christopher "C.J." Van Wyck')).toBe(foldName('Christopher Van Wyck'));
    expect(foldName("Delroy 'Scrappy' Minott")).toBe('delroy minott');
    expect(foldName("Ousmane N'Diaye")).toBe("ousmane n'diaye");
  });

  it('isSameFact(a, b) takes a name written family name first for the same runner', () => {
    expect(
      isSameFact(
        { athlete: 'TANAKA Sota', kind: 'place', value: 3 },
        { athlete: 'Sota Tanaka', kind: 'place', value: 3 },
      ),
    ).toBe(true);
    expect(
      isSameFact(
        { athlete: 'Sota Tanaka', kind: 'place', value: 3 },
        { athlete: 'Sota Tanakai', kind: 'place', value: 3 },
      ),
    ).toBe(false);
  });

  it('scoreArticle counts matching places and times, times within 0.005 s, as true positives', () => {
    const expected = {
      races: [
        expectedRace([
          { athlete: 'Noah Lyles', country: 'USA', place: 1, time: 9.784 },
          { athlete: 'Kishane Thompson', country: 'JAM', place: 2, time: 9.789 },
        ]),
      ],
    };
    const derived = [race('r1', [result('noah lyles', 1, 9.7841), result('Kishane Thompson', 3, 9.8)])];
    const score = scoreArticle('a.txt', expected, derived);
    expect(score).toMatchObject({ tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(score.missed).toEqual([
      'expected#0: Kishane Thompson place 2',
      'expected#0: Kishane Thompson time 9.789',
    ]);
  });

  it('scoreArticle pairs races by shared facts, so one athlete winning two races is not confused', () => {
    const expected = {
      races: [
        expectedRace([
          { athlete: 'Beatrice Chebet', country: null, place: 1, time: 849.52 },
          { athlete: 'Agnes Ngetich', country: null, place: 2, time: 850.11 },
        ]),
        expectedRace([{ athlete: 'Beatrice Chebet', country: null, place: 1, time: 501.5 }]),
      ],
    };
    const derived = [
      race('rome', [result('Beatrice Chebet', 1, 501.5)]),
      race('rabat', [result('Beatrice Chebet', 1, 849.52), result('Agnes Ngetich', 2, 850.11)]),
    ];
    const score = scoreArticle('a.txt', expected, derived);
    expect(score.matches.map((match) => match.derived)).toEqual([1, 0]);
    expect(score).toMatchObject({ tp: 6, fp: 0, fn: 0, f1: 1 });
  });

  it('scoreArticle counts every fact of an unpaired derived race as a false positive', () => {
    const score = scoreArticle('a.txt', { races: [] }, [race('r', [result('Ghost Runner', 1, 100)])]);
    expect(score).toMatchObject({ tp: 0, fp: 2, fn: 0, precision: 0, recall: 1, f1: 0 });
    expect(scoreArticle('a.txt', { races: [] }, [])).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 1 });
  });

  it('scoreArticle gives every golden file F1 = 1 and its dates against races built from the file itself', () => {
    for (const fixture of fixtures) {
      const races = fixture.expected.races.map((expected, i) => ({
        ...race(
          `r${i}`,
          expected.results.map((line) => result(line.athlete, line.place, line.time)),
        ),
        date:
          expected.date === null
            ? null
            : { value: expected.date as never, sources: [], basis: 'stated' as const },
      }));
      const score = scoreArticle(fixture.article.name, fixture.expected, [...races].reverse());
      expect(score, fixture.article.name).toMatchObject({ fp: 0, fn: 0, f1: 1 });
      for (const check of compareDates(score, fixture.expected, [...races].reverse())) {
        expect(check.derived, `${check.article} ${check.race}`).toBe(check.expected);
      }
    }
  });

  it('scoreCorpus sums counts before taking ratios, and compareDates reads the paired race', () => {
    const expected = { races: [expectedRace([{ athlete: 'A B', country: null, place: 1, time: null }])] };
    const dated = {
      ...race('r', [result('A B', 1, null)]),
      date: { value: '2024-08-06' as never, sources: [], basis: 'stated' as const },
    };
    const score = scoreArticle('a.txt', expected, [dated]);
    expect(compareDates(score, expected, [dated])).toEqual([
      { article: 'a.txt', index: 0, race: 'expected#0', expected: '2024-08-06', derived: '2024-08-06' },
    ]);
    const total = scoreCorpus([score, { tp: 0, fp: 0, fn: 3, precision: 1, recall: 0, f1: 0 }]);
    expect(total).toMatchObject({ tp: 1, fp: 0, fn: 3, recall: 0.25 });
  });
});

/** Every time value a token in the text can mean (m:ss.cc, h:mm:ss, the m:ss:cc typo, "30min 43.25sec", s.cc). */
function timeValuesIn(text: string): number[] {
  const values: number[] = [];
  for (const m of text.matchAll(/(\d+)min (\d+(?:\.\d+)?)sec/g))
    values.push(Number(m[1]) * 60 + Number(m[2]));
  for (const m of text.matchAll(/\b(\d{1,2}):(\d{2}):(\d{2})\b/g)) {
    values.push(Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]));
    values.push(Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) / 100);
  }
  for (const m of text.matchAll(/\b(\d{1,2}):(\d{2}(?:\.\d+)?)/g))
    values.push(Number(m[1]) * 60 + Number(m[2]));
  for (const m of text.matchAll(/\b\d{1,2}\.\d{2,3}\b/g)) values.push(Number(m[0]));
  return values;
}

describe('fixture corpus (held-out race reports)', () => {
  it('has at least 14 articles, each with a golden file and none without', () => {
    const articles = fixtures.map((fixture) => fixture.article.name.replace(/\.txt$/, ''));
    expect(articles.length).toBeGreaterThanOrEqual(14);
    expect(listExpectedNames()).toEqual(articles);
  });

  it.each(fixtures.map((fixture) => [fixture.article.name, fixture] as const))(
    '%s is 150–600 words and its golden names and times are all in the text',
    (_, fixture) => {
      const words = fixture.article.text.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(150);
      expect(words).toBeLessThanOrEqual(600);
      const folded = foldName(fixture.article.text);
      const times = timeValuesIn(fixture.article.text);
      for (const race of fixture.expected.races) {
        const places = race.results.flatMap((result) => (result.place === null ? [] : [result.place]));
        expect(new Set(places).size, 'places are unique within a race').toBe(places.length);
        for (const result of race.results) {
          expect(folded, `${result.athlete} is named in full`).toContain(foldName(result.athlete));
          if (result.time !== null) {
            const time = result.time;
            expect(
              times.some((value) => Math.abs(value - time) < 1e-6),
              `${result.athlete} ${time} s`,
            ).toBe(true);
          }
        }
      }
    },
  );
});

describe('deriveDataset on each held-out article alone', () => {
  it.each(fixtures.map((fixture) => [fixture.article.name, fixture] as const))(
    '%s: every source span quotes the article text exactly',
    (_, fixture) => {
      expect(findBadSpans(derivedFor(fixture), [fixture.article])).toEqual([]);
    },
  );

  it('scores a corpus-wide F1 of at least 0.9 over (athlete, place) and (athlete, time) facts', () => {
    const scores = fixtures.map(scoreOfFixture);
    const total = scoreCorpus(scores);
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    console.table(
      [...scores, { article: 'ALL', ...total }].map((score) => ({
        article: score.article,
        tp: score.tp,
        fp: score.fp,
        fn: score.fn,
        precision: round(score.precision),
        recall: round(score.recall),
        f1: round(score.f1),
      })),
    );
    const misses = scores.flatMap((score) => [
      ...score.missed.map((fact) => `${score.article} missed ${fact}`),
      ...score.spurious.map((fact) => `${score.article} spurious ${fact}`),
    ]);
    if (misses.length > 0) console.info(misses.join('\n'));
    expect(
      total.f1,
      `F1 ${round(total.f1)} (tp ${total.tp}, fp ${total.fp}, fn ${total.fn})`,
    ).toBeGreaterThanOrEqual(0.9);
  });

  const datedRaces = fixtures.flatMap((fixture) =>
    fixture.expected.races.flatMap((race, index) =>
      race.date === null
        ? []
        : [[`${fixture.article.name} race ${index} (${race.event ?? '?'})`, fixture, index] as const],
    ),
  );
  it.each(datedRaces)('%s: the paired derived race has the date the text fixes', (_, fixture, index) => {
    const score = scoreOfFixture(fixture);
    const checks = compareDates(score, fixture.expected, derivedFor(fixture).races);
    const check = checks.find((candidate) => candidate.index === index);
    expect(check, 'a dated expected race').toBeDefined();
    const paired = score.matches[index]?.derived ?? null;
    expect(paired, 'a derived race sharing athletes with the expected race').not.toBeNull();
    expect(check?.derived).toBe(check?.expected);
  });

  const raceless = fixtures.filter((fixture) => fixture.expected.races.length === 0);
  it('has at least one article that describes no race', () => {
    expect(raceless.length).toBeGreaterThanOrEqual(1);
  });
  it.each(raceless.map((fixture) => [fixture.article.name, fixture] as const))(
    '%s describes no race, so it derives no races',
    (_, fixture) => {
      expect(derivedFor(fixture).races.map((race) => race.name)).toEqual([]);
    },
  );
});
