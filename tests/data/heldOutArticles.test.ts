/**
 * The second held-out set (tests/fixtures/heldout-2): twelve reports in styles the first set lacks
 * (AP and EFE wire copy, a World Athletics report, a press release, a column, indoor briefs, heats),
 * written from briefs by writers who had not read the extractor. The first pass over them scored
 * F1 0.75; the floor below guards what the fixes since then reached (0.91), and the README gives
 * the figure. Since this set has been worked on, it no longer measures the unseen: the third set
 * (heldOutArticles3.test.ts) does.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { findBadSpans, loadHeldOut2 } from '../helpers/corpus';
import { compareDates, scoreArticle, scoreCorpus } from '../helpers/factsF1';

const fixtures = loadHeldOut2();
const derived = fixtures.map((f) => ({ fixture: f, dataset: deriveDataset([f.article]) }));
const scores = derived.map(({ fixture, dataset }) =>
  scoreArticle(fixture.article.name, fixture.expected, dataset.races),
);

describe('the second held-out set', () => {
  it('has twelve articles, each with a golden file', () => {
    expect(fixtures).toHaveLength(12);
  });

  it('scores a corpus F1 of at least 0.91 over (athlete, place) and (athlete, time) facts', () => {
    expect(scoreCorpus(scores).f1).toBeGreaterThanOrEqual(0.91);
  });

  it('derives at least 18 of its 20 stated race dates', () => {
    const checks = derived.flatMap(({ fixture, dataset }, i) =>
      compareDates(scores[i]!, fixture.expected, dataset.races),
    );
    expect(checks).toHaveLength(20);
    expect(checks.filter((c) => c.derived === c.expected).length).toBeGreaterThanOrEqual(18);
  });

  it('quotes every source span exactly', () => {
    for (const { fixture, dataset } of derived) expect(findBadSpans(dataset, [fixture.article])).toEqual([]);
  });
});
