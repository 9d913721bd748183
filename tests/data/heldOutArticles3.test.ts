/**
 * The third held-out set (tests/fixtures/heldout-3): twelve more reports written from briefs by
 * writers who had not read the extractor, added after the second set had been worked on, so the
 * unseen could be measured again. The first pass over them scored F1 0.65 (10 of 20 dates); the
 * floors below guard what the general fixes since then reached, and the README gives the figures.
 * The 0.9 is the target, not yet met on this set.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the third held-out set', loadHeldOut(3), {
  articles: 12,
  f1: 0.933,
  statedDates: 20,
  rightDates: 19,
});
