/**
 * The article corpora the data tests run on (seeds/ and tests/fixtures/), read from disk, and the
 * shapes tests compare datasets by: every source span, and a projection of the results.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Article, SourceSpan } from '../../src/data/types';
import type { Dataset, Race } from '../../src/model/types';
import { foldName, type ExpectedArticle, type ExpectedRace, type ExpectedResult } from './factsF1';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Folder of the seed articles the app ships with. */
export const SEEDS_DIR = path.join(root, 'seeds');
/** Folder of the held-out fixture articles. */
export const ARTICLES_DIR = path.join(root, 'tests/fixtures/articles');
/** Folder of the golden expectations, one JSON file per fixture article. */
export const EXPECTED_DIR = path.join(root, 'tests/fixtures/expected');

/** A fixture article and its golden expectations. */
export interface Fixture {
  article: Article;
  expected: ExpectedArticle;
}

function readArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: file, text: readFileSync(path.join(dir, file), 'utf8') }));
}

/** The five seed articles, named by file name, in file order. */
export function loadSeeds(): Article[] {
  return readArticles(SEEDS_DIR);
}

/** The fixture articles, named by file name, in file order. */
export function loadFixtureArticles(): Article[] {
  return readArticles(ARTICLES_DIR);
}

/** Base names of the golden files, sorted. */
export function listExpectedNames(): string[] {
  return readdirSync(EXPECTED_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
}

/** Each fixture article with its golden file (which must exist and be well-formed). */
export function loadFixtures(): Fixture[] {
  return fixturesIn(ARTICLES_DIR, EXPECTED_DIR);
}

function fixturesIn(articlesDir: string, expectedDir: string): Fixture[] {
  return readArticles(articlesDir).map((article) => {
    const base = article.name.replace(/\.txt$/, '');
    const json: unknown = JSON.parse(readFileSync(path.join(expectedDir, `${base}.json`), 'utf8'));
    return { article, expected: parseExpected(json, base) };
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNullableString = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';
const isNullableNumber = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

function parseResult(value: unknown, where: string): ExpectedResult {
  if (!isRecord(value)) throw new Error(`${where}: a result must be an object`);
  const { athlete, country, place, time } = value;
  if (typeof athlete !== 'string' || athlete.trim() === '')
    throw new Error(`${where}: athlete must be a name`);
  if (!isNullableString(country) || (country !== null && !/^[A-Z]{3}$/.test(country))) {
    throw new Error(`${where}: country must be a three-letter code or null`);
  }
  if (!isNullableNumber(place) || (place !== null && (!Number.isInteger(place) || place < 1))) {
    throw new Error(`${where}: place must be a positive integer or null`);
  }
  if (!isNullableNumber(time) || (time !== null && time <= 0)) {
    throw new Error(`${where}: time must be seconds or null`);
  }
  return { athlete, country, place, time };
}

function parseRace(value: unknown, where: string): ExpectedRace {
  if (!isRecord(value)) throw new Error(`${where}: a race must be an object`);
  const { competition, event, sex, round, date, results } = value;
  if (!isNullableString(competition) || !isNullableString(event)) {
    throw new Error(`${where}: competition and event must be strings or null`);
  }
  if (sex !== null && sex !== 'men' && sex !== 'women') throw new Error(`${where}: bad sex`);
  if (round !== null && round !== 'final' && round !== 'semi-final' && round !== 'heat') {
    throw new Error(`${where}: bad round`);
  }
  if (!isNullableString(date) || (date !== null && !isIsoDate(date))) {
    throw new Error(`${where}: date must be a real yyyy-mm-dd or null`);
  }
  if (!Array.isArray(results)) throw new Error(`${where}: results must be an array`);
  return {
    competition,
    event,
    sex,
    round,
    date,
    results: results.map((result, i) => parseResult(result, `${where} result ${i}`)),
  };
}

/** Whether a string is a calendar date written yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** Checks the shape of a golden file and returns it typed; throws with the offending path. */
export function parseExpected(json: unknown, name: string): ExpectedArticle {
  if (!isRecord(json) || !Array.isArray(json.races)) throw new Error(`${name}: expected { "races": [...] }`);
  return { races: json.races.map((race, i) => parseRace(race, `${name} race ${i}`)) };
}

/** A source span found in a dataset, with the path to it (for failure messages). */
export interface LocatedSpan {
  path: string;
  span: SourceSpan;
}

const isSourceSpan = (value: Record<string, unknown>): boolean =>
  typeof value.article === 'string' &&
  typeof value.start === 'number' &&
  typeof value.end === 'number' &&
  typeof value.quote === 'string';

/**
 * Every source span anywhere in a dataset: races (and their facts, results, orderings, narrative,
 * absences, date ranges), athletes, remarks, conflicts and issues. Walks the whole value, so spans in
 * fields added later are checked too.
 */
export function collectSourceSpans(dataset: Dataset): LocatedSpan[] {
  const found: LocatedSpan[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, at: string): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${at}[${i}]`));
      return;
    }
    const record = value as Record<string, unknown>;
    if (isSourceSpan(record)) found.push({ path: at, span: record as unknown as SourceSpan });
    for (const [key, child] of Object.entries(record)) visit(child, `${at}.${key}`);
  };
  visit(dataset, 'dataset');
  return found;
}

/** Spans whose quote is not the article text between start and end (or whose article is unknown). */
export function findBadSpans(dataset: Dataset, articles: readonly Article[]): string[] {
  const texts = new Map(articles.map((article) => [article.name, article.text]));
  const bad: string[] = [];
  for (const { path: at, span } of collectSourceSpans(dataset)) {
    const text = texts.get(span.article);
    if (text === undefined) bad.push(`${at}: unknown article ${JSON.stringify(span.article)}`);
    else if (text.slice(span.start, span.end) !== span.quote) {
      bad.push(
        `${at}: [${span.start}, ${span.end}) is ${JSON.stringify(text.slice(span.start, span.end))}, quote ${JSON.stringify(span.quote)}`,
      );
    }
  }
  return bad;
}

/** What metamorphic tests compare: each race's identity and its results, without sources. */
export interface ProjectedRace {
  competition: string | null;
  event: string | null;
  round: string | null;
  date: string | null;
  results: string[];
}

const roundTime = (seconds: number): string => seconds.toFixed(3);

function projectRace(race: Race): ProjectedRace {
  const competition = race.competition
    ? `${race.competition.value.key}|${race.competition.value.name}`
    : null;
  return {
    competition,
    event: race.event?.value ?? null,
    round: race.round?.value ?? null,
    date: race.date?.value ?? null,
    results: race.results
      .map((result) =>
        [
          foldName(result.athlete),
          result.place?.value ?? '-',
          result.time ? roundTime(result.time.value) : '-',
          result.country?.value ?? '-',
        ].join(' | '),
      )
      .sort(),
  };
}

/** The races of a dataset reduced to what must not change when only the typography does, sorted. */
export function projectResults(dataset: Dataset): ProjectedRace[] {
  return dataset.races.map(projectRace).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** Folds an event name for comparison: "1,500 metres", "1500m" and "1500 m" are all "1500m". */
export function normalizeEvent(event: string): string {
  return event
    .toLowerCase()
    .replace(/(\d),(\d)/g, '$1$2')
    .replace(/\s*(?:metres|meters|metre|meter)\b/g, 'm')
    .replace(/\s+/g, '');
}

/**
 * A held-out set (tests/fixtures/heldout-N, N from 2): twelve race reports (eight in the eighth)
 * written from a brief by a writer who had not read the extractor, each with its golden file. Each
 * set's test file tells its kinds of report and its first-pass score.
 */
export function loadHeldOut(set: number): Fixture[] {
  const dir = path.join(root, `tests/fixtures/heldout-${set}`);
  return fixturesIn(path.join(dir, 'articles'), path.join(dir, 'expected'));
}
