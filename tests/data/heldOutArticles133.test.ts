/**
 * The hundred-and-thirty-third held-out set (tests/fixtures/heldout-133): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features and stories that tell results in passing (a fan blog with readers' comments on a 1500m, a newest-first marathon live blog, an oldest-first indoor live blog, a steeplechaser's magazine profile, a season review of the women's 400m and 400m hurdles, a world cross-country preview, an injury story, a Swiss team selection, a doping story, a coaching change translated from the Dutch, a sponsorship story with no race, and a marathoner's retirement translated from the Portuguese). Written at the start of the session
 * and scored once with the session's starting code: F1 0.688 (P 0.755, R 0.632), 13 of 18 dates; F1 0.724, 14 of 18 dates once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-thirty-third held-out set', loadHeldOut(133), {
  articles: 12,
  f1: 0.749,
  statedDates: 18,
  rightDates: 15,
});
