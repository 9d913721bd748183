/**
 * The hundred-and-thirty-ninth held-out set (tests/fixtures/heldout-139): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features and stories that tell results in passing (a fan blog with readers' comments on a 1500m, a newest-first marathon live blog, an oldest-first indoor live blog, a steeplechaser's profile, a season review of the distance races, a world 800m preview, an injury story, a doping story, a coaching and sponsorship story with no race, a hurdler's retirement translated from the Portuguese, a Kenyan team selection, and a podcast on the European cross-country). Written at the start of the session
 * and scored once with the session's starting code: F1 0.744 (P 0.769, R 0.722), 15 of 32 dates; F1 0.801, 15 of 32 dates once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-thirty-ninth held-out set', loadHeldOut(139), {
  articles: 12,
  f1: 0.8,
  statedDates: 32,
  rightDates: 15,
});
