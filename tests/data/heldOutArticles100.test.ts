/**
 * The hundredth held-out set (tests/fixtures/heldout-100): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a Bislett fan blog, a newest-first European championships live blog, a Rotterdam Marathon live blog, a steeplechaser's profile, a sprints season review, an NCAA 1500m preview, an injury story, a Canadian selection story, a doping story, a feature on shoe rules with no race, a club parent's cross-country blog and a road-running season review). Written at the start of the session
 * and scored once with the session's starting code: F1 0.758 (P 0.813, R 0.711), 17 of 25 dates; F1 0.778, 19 of 25 dates once that session's fixes were in (h1183 read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundredth held-out set', loadHeldOut(100), {
  articles: 12,
  f1: 0.782,
  statedDates: 25,
  rightDates: 19,
});
