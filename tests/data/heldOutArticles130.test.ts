/**
 * The hundred-and-thirtieth held-out set (tests/fixtures/heldout-130): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features and stories that tell results in passing (a fan blog with readers' comments on an 800m, a newest-first marathon live blog, an oldest-first national championships live blog, a steeplechaser's magazine profile, a season review of men's distance running, a world indoor 1500m preview, an injury story, a Japanese marathon team selection, a doping story, a coaching split, a retirement story, and a sponsorship story with no race). Written at the start of the session
 * and scored once with the session's starting code: F1 0.701 (P 0.752, R 0.656), 12 of 22 dates; F1 0.718, 12 of 22 dates once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-thirtieth held-out set', loadHeldOut(130), {
  articles: 12,
  f1: 0.741,
  statedDates: 22,
  rightDates: 12,
});
