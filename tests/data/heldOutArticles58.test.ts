/**
 * The fifty-eighth held-out set (tests/fixtures/heldout-58): twelve race reports written from a brief by
 * a writer who had not read the extractor, leaning towards blogs, features and stories that tell results in passing (a fan blog on a mile, a reverse-order European championships live blog, podcast notes on a marathon, a steeplechaser's profile year by year, a sprint rivalry over four seasons, a season review with a world list, a cross-country preview, an injury story, a doping story, a translated Italian report, a radio selection story, and a club newsletter with no race). Written at the start of the session
 * and scored once with the session's starting code: F1 0.692 (P 0.738, R 0.652), 13 of 20 dates; scored again, unread, once that
 * session's fixes from sets 51, 53 and 54 were in: the same.
 * Read and fixed in part two sessions after it was written: F1 0.704 (P 0.742, R 0.669), 15 of 20 dates.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the fifty-eighth held-out set', loadHeldOut(58), {
  articles: 12,
  f1: 0.745,
  statedDates: 20,
  rightDates: 16,
});
