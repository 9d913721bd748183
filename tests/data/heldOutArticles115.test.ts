/**
 * The hundred-and-fifteenth held-out set (tests/fixtures/heldout-115): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a Tromsø fan blog with comments, a newest-first Canadian championships live blog, an oldest-first Gdańsk Marathon live blog, a Ugandan steeplechaser's profile, a season review of men's middle distance, a European cross-country preview, an injury story, a doping story, a college coach's departure, a marathoner's retirement, a translated Spanish cross-country report with times written 29.41, and a sponsorship story with no race). Written at the start of the session
 * and scored once with the session's starting code: F1 0.781 (P 0.816, R 0.749), 13 of 20 dates; F1 0.862, 13 of 20 dates once that session's fixes were in (h1360 and h1363 read: "the European indoor final", a record time before "behind", times written 29.41).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-fifteenth held-out set', loadHeldOut(115), {
  articles: 12,
  f1: 0.867,
  statedDates: 20,
  rightDates: 13,
});
