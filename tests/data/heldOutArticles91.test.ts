/**
 * The ninety-first held-out set (tests/fixtures/heldout-91): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a Bislett fan blog, a newest-first Chicago Marathon live blog, a European indoor live blog, a steeplechaser's profile, a season review, an Olympic 10,000m preview, an injury story, a selection row, a doping story, a feature on pacing lights with no race, a college cross-country fan blog, and a 400m hurdles rivalry feature). Written at the start of the session
 * and scored once with the session's starting code: F1 0.851 (P 0.883, R 0.821), 16 of 26 dates; F1 0.881, 17 of 26 dates once that session's fixes were in (h1066 read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the ninety-first held-out set', loadHeldOut(91), {
  articles: 12,
  f1: 0.921,
  statedDates: 26,
  rightDates: 19,
});
