/**
 * The hundred-and-eighteenth held-out set (tests/fixtures/heldout-118): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a fan blog on a 1500m with readers' comments, a newest-first live blog of New Zealand's championships, an oldest-first city marathon live blog, a steeplechaser's magazine profile, a season review of men's distance running, a world cross-country preview, an injury story, a translated Dutch selection story, a doping story, a coaching split, a sponsorship story with no race, and a translated Japanese retirement story). Written at the start of the session
 * and scored once with the session's starting code: F1 0.719 (P 0.762, R 0.681), 16 of 20 dates; F1 0.742, 16 of 20 dates once that session's fixes were in (h1394's lap "2km long" no race). This set was read least.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-eighteenth held-out set', loadHeldOut(118), {
  articles: 12,
  f1: 0.81,
  statedDates: 20,
  rightDates: 16,
});
