/**
 * The sixty-first held-out set (tests/fixtures/heldout-61): twelve race reports written from a brief by
 * a writer who had not read the extractor, leaning towards blogs, features and stories that tell results in passing (a newest-first European championships live blog, a fan blog on a Bislett meeting, a marathoner's profile over eight years, a sprint rivalry, podcast notes on NCAA races, a translated Japanese marathon report, a season review, a marathon preview, an injury story, a doping story, a selection release with no race, and a radio cross-country report with lists). Written at the start of the session
 * and scored once with the session's starting code: F1 0.799 (P 0.864, R 0.742), 12 of 23 dates; scored again, unread, once that
 * session's fixes from sets 45 and 57 were in: F1 the same, 11 of 23 dates (the under-20 women's race of h716 now joins the senior men's, so its date is lost).
 * Read and fixed in part two sessions after it was written: F1 0.833 (P 0.872, R 0.798), 12 of 23 dates.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the sixty-first held-out set', loadHeldOut(61), {
  articles: 12,
  f1: 0.859,
  statedDates: 23,
  rightDates: 13,
});
