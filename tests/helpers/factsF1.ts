/**
 * Scoring of a derived dataset against hand-written golden expectations: facts are
 * (athlete, place) and (athlete, time) pairs per race; a derived race is paired with an expected race
 * by how many facts and athletes they share. Pure functions, no file access.
 */
import type { Race } from '../../src/model/types';

/** One athlete's line in an expected race, as the article states or plainly implies it. */
export interface ExpectedResult {
  athlete: string;
  country: string | null;
  place: number | null;
  /** Seconds. */
  time: number | null;
}

/** One race an article describes, written by hand from the text alone. */
export interface ExpectedRace {
  competition: string | null;
  event: string | null;
  sex: 'men' | 'women' | null;
  round: 'final' | 'semi-final' | 'heat' | null;
  /** yyyy-mm-dd, only when the text fixes it. */
  date: string | null;
  results: ExpectedResult[];
}

/** The golden file of one article: tests/fixtures/expected/<name>.json. */
export interface ExpectedArticle {
  races: ExpectedRace[];
}

/** A fact scored by F1: an athlete's place or time in one race. */
export interface RaceFact {
  athlete: string;
  kind: 'place' | 'time';
  value: number;
}

/** Counts and ratios of one comparison. */
export interface FactScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Which derived race (index into the derived races) an expected race was paired with. */
export interface RaceMatch {
  expected: number;
  derived: number | null;
  /** Facts the pair shares. */
  sharedFacts: number;
  /** Athletes the pair shares. */
  sharedAthletes: number;
}

/** The score of one article, with the facts that were missed or wrongly derived, for reading. */
export interface ArticleScore extends FactScore {
  article: string;
  matches: RaceMatch[];
  missed: string[];
  spurious: string[];
}

/** Times within this many seconds are the same fact (thousandths are written out, hundredths rounded). */
export const TIME_TOLERANCE = 0.005;

const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  ı: 'i',
};

/**
 * A name folded for comparison: case, accents, apostrophe and dash variants and spacing ignored, and a
 * nickname in quotes left out ('Christopher "C.J." Van Wyck' is Christopher Van Wyck).
 */
export function foldName(name: string): string {
  return name
    .replace(/\s["“'‘][^"”'’\s][^"”']{0,20}["”'’](?=\s)/gu, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßđłı]/g, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter)
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Who a name is, for pairing facts: the folded name with its words in any order ("TANAKA Sota", as a
 * golden file may copy a Japanese report, is Sota Tanaka).
 */
export function nameKey(name: string): string {
  return foldName(name).split(' ').sort().join(' ');
}

/** The place and time facts of an expected race. */
export function expectedFacts(race: ExpectedRace): RaceFact[] {
  const facts: RaceFact[] = [];
  for (const result of race.results) {
    if (result.place !== null) facts.push({ athlete: result.athlete, kind: 'place', value: result.place });
    if (result.time !== null) facts.push({ athlete: result.athlete, kind: 'time', value: result.time });
  }
  return facts;
}

/**
 * The place and time facts of a derived race as `npm run derive` gives them: places stated or pinned
 * by the times, and only stated times (a time worked out from a gap is `workedOutTime` there).
 */
export function derivedFacts(race: Race): RaceFact[] {
  const facts: RaceFact[] = [];
  for (const result of race.results) {
    if (result.place) facts.push({ athlete: result.athlete, kind: 'place', value: result.place.value });
    if (result.time?.basis === 'stated')
      facts.push({ athlete: result.athlete, kind: 'time', value: result.time.value });
  }
  return facts;
}

/** Whether two facts say the same thing (names folded, times within {@link TIME_TOLERANCE}). */
export function isSameFact(a: RaceFact, b: RaceFact): boolean {
  if (a.kind !== b.kind || nameKey(a.athlete) !== nameKey(b.athlete)) return false;
  // The epsilon keeps 9.784 and 9.789 apart while absorbing binary rounding of x.xx5 differences.
  return a.kind === 'place' ? a.value === b.value : Math.abs(a.value - b.value) <= TIME_TOLERANCE + 1e-9;
}

interface Pairing {
  tp: number;
  missed: RaceFact[];
  spurious: RaceFact[];
}

/** Pairs expected facts with derived ones, each used at most once. */
export function pairFacts(expected: readonly RaceFact[], derived: readonly RaceFact[]): Pairing {
  const unused = [...derived];
  const missed: RaceFact[] = [];
  let tp = 0;
  for (const fact of expected) {
    const index = unused.findIndex((candidate) => isSameFact(fact, candidate));
    if (index === -1) missed.push(fact);
    else {
      unused.splice(index, 1);
      tp += 1;
    }
  }
  return { tp, missed, spurious: unused };
}

function athleteOverlap(expected: ExpectedRace, derived: Race): number {
  const names = new Set(derived.results.map((result) => nameKey(result.athlete)));
  return new Set(expected.results.map((result) => nameKey(result.athlete)).filter((name) => names.has(name)))
    .size;
}

/**
 * Pairs each expected race with at most one derived race, greedily by shared facts, then shared
 * athletes; a pair must share at least one athlete. Two semi-finals of the same event, or one athlete
 * winning two races, are told apart by their facts rather than by names alone.
 */
export function matchRaces(expected: readonly ExpectedRace[], derived: readonly Race[]): RaceMatch[] {
  const candidates: RaceMatch[] = [];
  expected.forEach((race, e) => {
    const facts = expectedFacts(race);
    derived.forEach((candidate, d) => {
      const sharedAthletes = athleteOverlap(race, candidate);
      if (sharedAthletes === 0) return;
      const sharedFacts = pairFacts(facts, derivedFacts(candidate)).tp;
      candidates.push({ expected: e, derived: d, sharedFacts, sharedAthletes });
    });
  });
  candidates.sort(
    (a, b) =>
      b.sharedFacts - a.sharedFacts ||
      b.sharedAthletes - a.sharedAthletes ||
      a.expected - b.expected ||
      (a.derived ?? 0) - (b.derived ?? 0),
  );
  const byExpected = new Map<number, RaceMatch>();
  const usedDerived = new Set<number>();
  for (const candidate of candidates) {
    if (byExpected.has(candidate.expected) || usedDerived.has(candidate.derived ?? -1)) continue;
    byExpected.set(candidate.expected, candidate);
    usedDerived.add(candidate.derived ?? -1);
  }
  return expected.map(
    (_, e) => byExpected.get(e) ?? { expected: e, derived: null, sharedFacts: 0, sharedAthletes: 0 },
  );
}

/** Precision, recall and F1 from counts; an empty comparison scores 1 (nothing to find, nothing wrong). */
export function scoreOf(tp: number, fp: number, fn: number): FactScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function describeFact(fact: RaceFact, raceLabel: string): string {
  return `${raceLabel}: ${fact.athlete} ${fact.kind} ${fact.value}`;
}

function labelOf(race: ExpectedRace | Race, index: number): string {
  if ('id' in race) return `derived#${index} ${race.name}`;
  return [`expected#${index}`, race.event, race.sex, race.round].filter(Boolean).join(' ');
}

/** Scores the races derived from one article against its golden file. */
export function scoreArticle(
  article: string,
  expected: ExpectedArticle,
  derived: readonly Race[],
): ArticleScore {
  const matches = matchRaces(expected.races, derived);
  const missed: string[] = [];
  const spurious: string[] = [];
  let tp = 0;
  for (const match of matches) {
    const expectedRace = expected.races[match.expected];
    if (!expectedRace) continue;
    const derivedRace = match.derived === null ? undefined : derived[match.derived];
    const pairing = pairFacts(expectedFacts(expectedRace), derivedRace ? derivedFacts(derivedRace) : []);
    tp += pairing.tp;
    const label = labelOf(expectedRace, match.expected);
    missed.push(...pairing.missed.map((fact) => describeFact(fact, label)));
    if (derivedRace) {
      spurious.push(
        ...pairing.spurious.map((fact) => describeFact(fact, labelOf(derivedRace, match.derived ?? 0))),
      );
    }
  }
  const matched = new Set(matches.map((match) => match.derived));
  derived.forEach((race, d) => {
    if (matched.has(d)) return;
    spurious.push(...derivedFacts(race).map((fact) => describeFact(fact, labelOf(race, d))));
  });
  return { article, ...scoreOf(tp, spurious.length, missed.length), matches, missed, spurious };
}

/** Micro-averaged score over many articles (counts summed, then ratios). */
export function scoreCorpus(scores: readonly FactScore[]): FactScore {
  const sum = (pick: (score: FactScore) => number): number =>
    scores.reduce((total, score) => total + pick(score), 0);
  return scoreOf(
    sum((score) => score.tp),
    sum((score) => score.fp),
    sum((score) => score.fn),
  );
}

/** An expected race date next to the date of the derived race it was paired with. */
export interface DateCheck {
  article: string;
  /** Index of the expected race in its golden file. */
  index: number;
  race: string;
  expected: string;
  derived: string | null;
}

/** Every expected non-null race date, with what the paired derived race says (null when unpaired). */
export function compareDates(
  score: ArticleScore,
  expected: ExpectedArticle,
  derived: readonly Race[],
): DateCheck[] {
  const checks: DateCheck[] = [];
  for (const match of score.matches) {
    const race = expected.races[match.expected];
    if (!race?.date) continue;
    const paired = match.derived === null ? undefined : derived[match.derived];
    checks.push({
      article: score.article,
      index: match.expected,
      race: labelOf(race, match.expected),
      expected: race.date,
      derived: paired?.date?.value ?? null,
    });
  }
  return checks;
}
