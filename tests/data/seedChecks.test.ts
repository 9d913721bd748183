/**
 * Acceptance checks on the five seed articles, derived together: the races they describe, the
 * results, gaps and dates, which articles support a time, and that no time leaks into another race.
 * Races are found by their competition and event fields, never by id strings.
 */
import { describe, expect, it } from 'vitest';
import type { CompetitionKind } from '../../src/data/types';
import { deriveDataset } from '../../src/model/deriveDataset';
import type { Dataset, Race, Result } from '../../src/model/types';
import { findBadSpans, loadSeeds, normalizeEvent } from '../helpers/corpus';
import { foldName } from '../helpers/factsF1';

const seeds = loadSeeds();
let derived: Dataset | undefined;
/** All five seeds derived together, once. */
function dataset(): Dataset {
  derived ??= deriveDataset(seeds);
  return derived;
}

interface RaceQuery {
  kind: CompetitionKind;
  /** Words that must all appear in the competition's key, name, city or year (case-insensitive). */
  words: string[];
  event: string;
}

function competitionText(race: Race): string {
  const competition = race.competition?.value;
  if (!competition) return '';
  return [competition.key, competition.name, competition.city ?? '', String(competition.year ?? '')]
    .join(' ')
    .toLowerCase();
}

function eventOf(race: Race): string | null {
  return race.event ? normalizeEvent(race.event.value) : null;
}

/** The races of one competition and event. */
function racesOf(query: RaceQuery): Race[] {
  return dataset().races.filter(
    (race) =>
      race.competition?.value.kind === query.kind &&
      query.words.every((word) => competitionText(race).includes(word.toLowerCase())) &&
      eventOf(race) === normalizeEvent(query.event),
  );
}

/** The one race of a competition and event; fails with what was derived when there is not exactly one. */
function theRace(query: RaceQuery): Race {
  const found = racesOf(query);
  const derivedRaces = dataset().races.map(
    (race) =>
      `${race.competition?.value.name ?? '?'} (${race.competition?.value.kind ?? '?'}) ${race.event?.value ?? '?'}`,
  );
  expect(
    found.length,
    `one ${query.kind} ${query.words.join(' ')} ${query.event} race among ${JSON.stringify(derivedRaces)}`,
  ).toBe(1);
  const [race] = found;
  if (!race) throw new Error('unreachable: length checked above');
  return race;
}

function resultOf(race: Race, athlete: string): Result {
  const result = race.results.find((candidate) => foldName(candidate.athlete) === foldName(athlete));
  expect(
    result,
    `${athlete} in ${race.name} (${race.results.map((r) => r.athlete).join(', ')})`,
  ).toBeDefined();
  if (!result) throw new Error('unreachable: checked above');
  return result;
}

interface ExpectedLine {
  athlete: string;
  country?: string;
  place: number;
  time: number;
  gap?: number;
}

function expectLine(race: Race, line: ExpectedLine): void {
  const result = resultOf(race, line.athlete);
  expect(result.place?.value, `${line.athlete} place`).toBe(line.place);
  expect(result.time?.value, `${line.athlete} time`).toBeCloseTo(line.time, 2);
  if (line.country !== undefined) expect(result.country?.value, `${line.athlete} country`).toBe(line.country);
  if (line.gap !== undefined) expect(result.gap?.value, `${line.athlete} gap`).toBeCloseTo(line.gap, 2);
}

const PARIS_1500: RaceQuery = { kind: 'olympics', words: ['2024'], event: '1500m' };
const PARIS_5000: RaceQuery = { kind: 'olympics', words: ['2024'], event: '5000m' };
const LAUSANNE_1500: RaceQuery = { kind: 'diamond-league', words: ['lausanne'], event: '1500m' };
const MONACO_1500: RaceQuery = { kind: 'diamond-league', words: ['monaco'], event: '1500m' };
const GRAND_SLAM_1500: RaceQuery = { kind: 'grand-slam-track', words: [], event: '1500m' };

/** Every result time the seeds state (or imply through a stated typo), with the race it belongs to. */
const SEED_TIMES: { time: number; query: RaceQuery }[] = [
  ...[207.65, 207.79, 207.8, 208.24, 210.88].map((time) => ({ time, query: PARIS_1500 })),
  { time: 207.83, query: LAUSANNE_1500 },
  { time: 206.73, query: MONACO_1500 },
  ...[210.67, 211.12, 211.88].map((time) => ({ time, query: GRAND_SLAM_1500 })),
  { time: 793.66, query: PARIS_5000 },
];

describe('deriveDataset on the five seeds together', () => {
  it('derives the Paris 2024 men’s 1500m final on 2024-08-06 with the top four and Gourley, gaps to Hocker', () => {
    const race = theRace(PARIS_1500);
    expect(race.round?.value).toBe('final');
    expect(race.sex?.value).toBe('men');
    expect(race.date?.value).toBe('2024-08-06');
    expectLine(race, { athlete: 'Cole Hocker', country: 'USA', place: 1, time: 207.65, gap: 0 });
    expectLine(race, { athlete: 'Josh Kerr', country: 'GBR', place: 2, time: 207.79, gap: 0.14 });
    expectLine(race, { athlete: 'Yared Nuguse', country: 'USA', place: 3, time: 207.8, gap: 0.15 });
    expectLine(race, { athlete: 'Jakob Ingebrigtsen', country: 'NOR', place: 4, time: 208.24, gap: 0.59 });
    expectLine(race, { athlete: 'Neil Gourley', country: 'GBR', place: 10, time: 210.88, gap: 3.23 });
  });

  it('supports Hocker’s 3:27.65 in Paris with at least three distinct articles', () => {
    const time = resultOf(theRace(PARIS_1500), 'Cole Hocker').time;
    expect(new Set(time?.sources.map((source) => source.article)).size).toBeGreaterThanOrEqual(3);
  });

  it('derives the Lausanne 1500m on 2024-08-22 (16 days after Paris), won by Ingebrigtsen in 3:27.83', () => {
    const race = theRace(LAUSANNE_1500);
    expect(race.date?.value).toBe('2024-08-22');
    expectLine(race, { athlete: 'Jakob Ingebrigtsen', place: 1, time: 207.83 });
  });

  it('derives the Monaco 1500m won by Ingebrigtsen in 3:26.73 (written 3:26:73)', () => {
    expectLine(theRace(MONACO_1500), { athlete: 'Jakob Ingebrigtsen', place: 1, time: 206.73 });
  });

  it('derives the Grand Slam Track 1500m: Kerr, Hocker, Hoare', () => {
    const race = theRace(GRAND_SLAM_1500);
    expectLine(race, { athlete: 'Josh Kerr', place: 1, time: 210.67 });
    expectLine(race, { athlete: 'Cole Hocker', place: 2, time: 211.12 });
    expectLine(race, { athlete: 'Oliver Hoare', country: 'AUS', place: 3, time: 211.88 });
  });

  it('derives the Paris 2024 5000m won by Ingebrigtsen in 13:13.66 (written 13:13:66)', () => {
    expectLine(theRace(PARIS_5000), { athlete: 'Jakob Ingebrigtsen', place: 1, time: 793.66 });
  });

  it('puts every seed time in exactly one race, the right one, and no other time in any result', () => {
    const timed = dataset().races.flatMap((race) =>
      race.results.flatMap((result) => (result.time ? [{ race, result, time: result.time.value }] : [])),
    );
    for (const { time, query } of SEED_TIMES) {
      const holders = timed.filter((entry) => Math.abs(entry.time - time) < 0.005);
      expect(
        holders.map((entry) => `${entry.race.name}: ${entry.result.athlete}`),
        `${time} s appears in exactly one result`,
      ).toHaveLength(1);
      expect(racesOf(query)).toContain(holders[0]?.race);
    }
    const strays = timed.filter(
      (entry) => !SEED_TIMES.some(({ time }) => Math.abs(entry.time - time) < 0.005),
    );
    expect(strays.map((entry) => `${entry.race.name}: ${entry.result.athlete} ${entry.time}`)).toEqual([]);
  });

  it('gives every source span a quote equal to the article text it points at', () => {
    expect(findBadSpans(dataset(), seeds)).toEqual([]);
  });
});
