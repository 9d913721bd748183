/**
 * The hundred-and-twelfth held-out set (tests/fixtures/heldout-112): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a Bislett fan blog, a newest-first London Marathon live blog, an oldest-first European Championships live blog, a steeplechaser's profile, a season review of women's middle distance, a Boston Marathon preview, an injury story, an Olympic marathon selection story, a doping story with medals reassigned, a feature on photo-finish timing with no race, an NCAA cross-country fan blog, and a season review of men's sprints). Written at the start of the session
 * and scored once with the session's starting code: F1 0.798 (P 0.829, R 0.769), 10 of 19 dates; F1 0.826, 10 of 19 dates once that session's fixes were in (h1319 read: "MEN'S 800m SEMI-FINAL 1 –" headings).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-twelfth held-out set', loadHeldOut(112), {
  articles: 12,
  f1: 0.835,
  statedDates: 19,
  rightDates: 10,
});
