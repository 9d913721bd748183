/**
 * The hundred-and-thirty-sixth held-out set (tests/fixtures/heldout-136): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features and stories that tell results in passing (a fan blog with readers' corrections on a 1500m, a newest-first indoor live blog, an oldest-first marathon live blog, a steeplechaser's profile, a season review of the men's distance races, a Jamaican trials preview, an injury story, a doping story, a coaching change, a sponsorship release, a marathoner's retirement translated from the Japanese, and a Canadian team selection). Written at the start of the session
 * and scored once with the session's starting code: F1 0.810 (P 0.860, R 0.766), 12 of 20 dates; F1 0.810, 12 of 20 dates once that session's fixes were in, and F1 0.865, 14 of 20 dates once the next session's were.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-thirty-sixth held-out set', loadHeldOut(136), {
  articles: 12,
  f1: 0.865,
  statedDates: 20,
  rightDates: 14,
});
