/**
 * The checks every held-out set runs (tests/fixtures/heldout-N): its size, a floor under its corpus
 * F1 and under its count of right dates, and exact source spans. Each set's test file gives its floors.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { findBadSpans, type Fixture } from './corpus';
import { compareDates, scoreArticle, scoreCorpus } from './factsF1';

/** Floors a held-out set must stay at or above. */
export interface HeldOutFloors {
  articles: number;
  f1: number;
  statedDates: number;
  rightDates: number;
}

/** Registers the held-out checks for `fixtures` under `title`. */
export function describeHeldOutSet(title: string, fixtures: readonly Fixture[], floors: HeldOutFloors): void {
  const derived = fixtures.map((f) => ({ fixture: f, dataset: deriveDataset([f.article]) }));
  const scores = derived.map(({ fixture, dataset }) =>
    scoreArticle(fixture.article.name, fixture.expected, dataset.races),
  );

  describe(title, () => {
    it(`has ${floors.articles} articles, each with a golden file`, () => {
      expect(fixtures).toHaveLength(floors.articles);
    });

    it(`scores a corpus F1 of at least ${floors.f1} over (athlete, place) and (athlete, time) facts`, () => {
      expect(scoreCorpus(scores).f1).toBeGreaterThanOrEqual(floors.f1);
    });

    it(`derives at least ${floors.rightDates} of its ${floors.statedDates} stated race dates`, () => {
      const checks = derived.flatMap(({ fixture, dataset }, i) =>
        compareDates(scores[i]!, fixture.expected, dataset.races),
      );
      expect(checks).toHaveLength(floors.statedDates);
      expect(checks.filter((c) => c.derived === c.expected).length).toBeGreaterThanOrEqual(floors.rightDates);
    });

    it('quotes every source span exactly', () => {
      for (const { fixture, dataset } of derived)
        expect(findBadSpans(dataset, [fixture.article])).toEqual([]);
    });
  });
}
