/**
 * The second held-out set (tests/fixtures/heldout-2): twelve reports in styles the first set lacks
 * (AP and EFE wire copy, a World Athletics report, a press release, a column, indoor briefs, heats),
 * written from briefs by writers who had not read the extractor. The first pass over them scored
 * F1 0.75; the floor below guards what the fixes since then reached (0.91), and the README gives
 * the figure. Since this set has been worked on, it no longer measures the unseen: the third set
 * (heldOutArticles3.test.ts) does.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the second held-out set', loadHeldOut(2), {
  articles: 12,
  f1: 0.969,
  statedDates: 20,
  rightDates: 18,
});
