/**
 * The sixty-seventh held-out set (tests/fixtures/heldout-67): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, features and stories that tell results in passing (a fan blog on a Bislett 1500m, a newest-first European 100m live blog, a marathoner's profile, a season review, a London Marathon preview, a translated French cross-country report, an injury story, a doping story, a selection story, a feature on the steeplechase water jump with no race, a college indoor fan blog, and an oldest-first half-marathon live blog). Written at the start of the session
 * and scored once with the session's starting code: F1 0.736 (P 0.827, R 0.663), 8 of 18 dates; scored again, unread, once that session's fixes were in: F1 0.736, 9 of 18.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the sixty-seventh held-out set', loadHeldOut(67), {
  articles: 12,
  f1: 0.753,
  statedDates: 18,
  rightDates: 9,
});
