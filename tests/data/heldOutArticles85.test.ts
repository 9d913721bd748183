/**
 * The eighty-fifth held-out set (tests/fixtures/heldout-85): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a fan blog on a Bislett 1500m, a newest-first European championships live blog, a marathoner's profile, a sprint season review, a London Marathon preview, an injury story, a Kenyan selection story, a doping story, a feature on pacing lights with no race, a chronological college championships live blog, a club cross-country blog, and an 800m rivalry feature). Written at the start of the session
 * and scored once with the session's starting code: F1 0.781 (P 0.852, R 0.721), 7 of 19 dates; the same once that session's fixes were in (h997 and h998 read, not fixed).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the eighty-fifth held-out set', loadHeldOut(85), {
  articles: 12,
  f1: 0.843,
  statedDates: 19,
  rightDates: 9,
});
