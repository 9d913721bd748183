/**
 * The seventy-third held-out set (tests/fixtures/heldout-73): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a fan blog on a Bislett 1500m, a newest-first European championships live blog, a marathoner's profile, a distance season review, a Monaco 800m preview, an injury story, a Kenyan trials selection story, a doping story, an NCAA cross-country fan blog, a newest-first marathon live blog, a steeplechase rivalry feature, and a coach's profile with no race). Written at the start of the session
 * and scored once with the session's starting code: F1 0.765 (P 0.875, R 0.680), 13 of 23 dates; F1 0.826, 15 of 23 dates (h850 read) once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the seventy-third held-out set', loadHeldOut(73), {
  articles: 12,
  f1: 0.84,
  statedDates: 23,
  rightDates: 15,
});
