/**
 * The ninety-fourth held-out set (tests/fixtures/heldout-94): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a Bislett fan blog, a newest-first European championships live blog, a marathoner's profile, a sprints and hurdles season review, a Chicago Marathon preview, an injury story, a selection row, a doping story, a feature on a threatened track with no race, an oldest-first national cross-country live blog, a college fan blog, and an 800m rivalry feature). Written at the start of the session
 * and scored once with the session's starting code: F1 0.735 (P 0.795, R 0.684), 15 of 28 dates; F1 0.757, 15 of 28 dates once that session's fixes were in (h1105 and h1110 read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the ninety-fourth held-out set', loadHeldOut(94), {
  articles: 12,
  f1: 0.825,
  statedDates: 28,
  rightDates: 17,
});
