/**
 * The eighty-eighth held-out set (tests/fixtures/heldout-88): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a Norwegian fan's Bislett 800m blog, a newest-first Amsterdam Marathon live blog, a steeplechaser's magazine profile, a distance season review, a world 1500m preview, an injury story, a Kenyan Olympic selection row, a doping story with medals handed out again, a feature on heat rules with no race, a chronological world indoor live blog, a college cross-country fan blog, and a marathoner's comeback feature). Written at the start of the session
 * and scored once with the session's starting code: F1 0.830 (P 0.895, R 0.775), 13 of 30 dates; F1 0.833, 13 of 30 dates once that session's fixes were in (h1037 read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the eighty-eighth held-out set', loadHeldOut(88), {
  articles: 12,
  f1: 0.842,
  statedDates: 30,
  rightDates: 18,
});
