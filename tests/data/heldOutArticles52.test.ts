/**
 * The fifty-second held-out set (tests/fixtures/heldout-52): twelve race reports written from a brief
 * by a writer who had not read the extractor, leaning towards blogs, podcasts, features and reviews
 * (a fan blog on national championships, podcast show notes on a Golden Gala, a rivalry feature over
 * four seasons, a college season review, a marathon preview, a national 400m hurdles report, a college
 * steeplechase release, an injury story, a marathon selection story, a training feature with no race,
 * a fan blog on a half marathon, and a review of a sprint season). Written at the start of the session
 * and scored once with the session's starting code: F1 0.760 (P 0.831, R 0.701), 19 of 28 dates;
 * scored again once the set-48 and set-49 fixes were in, unread: the same.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the fifty-second held-out set', loadHeldOut(52), {
  articles: 12,
  f1: 0.825,
  statedDates: 28,
  rightDates: 21,
});
