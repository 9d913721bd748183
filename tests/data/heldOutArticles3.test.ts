/**
 * The third held-out set (tests/fixtures/heldout-3): twelve more reports written from briefs by
 * writers who had not read the extractor, added after the second set had been worked on, so the
 * unseen could be measured again. The first pass over them scored F1 0.65 (10 of 20 dates); the
 * floors below guard what the general fixes since then reached, and the README gives the figures.
 * The 0.9 is the target, not yet met on this set.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { findBadSpans, loadHeldOut3 } from '../helpers/corpus';
import { compareDates, scoreArticle, scoreCorpus } from '../helpers/factsF1';

const fixtures = loadHeldOut3();
const derived = fixtures.map((f) => ({ fixture: f, dataset: deriveDataset([f.article]) }));
const scores = derived.map(({ fixture, dataset }) =>
  scoreArticle(fixture.article.name, fixture.expected, dataset.races),
);

describe('the third held-out set', () => {
  it('has twelve articles, each with a golden file', () => {
    expect(fixtures).toHaveLength(12);
  });

  it('scores a corpus F1 of at least 0.82 over (athlete, place) and (athlete, time) facts', () => {
    expect(scoreCorpus(scores).f1).toBeGreaterThanOrEqual(0.82);
  });

  it('derives at least 13 of its 20 stated race dates', () => {
    const checks = derived.flatMap(({ fixture, dataset }, i) =>
      compareDates(scores[i]!, fixture.expected, dataset.races),
    );
    expect(checks).toHaveLength(20);
    expect(checks.filter((c) => c.derived === c.expected).length).toBeGreaterThanOrEqual(13);
  });

  it('quotes every source span exactly', () => {
    for (const { fixture, dataset } of derived) expect(findBadSpans(dataset, [fixture.article])).toEqual([]);
  });
});
