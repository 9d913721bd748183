/**
 * The hundred-and-ninth held-out set (tests/fixtures/heldout-109): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a Stockholm fan blog with comments, a newest-first world championships live blog, an oldest-first Rotterdam Marathon live blog, a distance runner's profile, a mile rivalry feature, a sprint season review, an NCAA 5000m preview, a Chicago Marathon fan preview, an injury story, a British selection story, a doping story, and an analysis of entry standards with no race). Written at the start of the session
 * and scored once with the session's starting code: F1 0.781 (P 0.885, R 0.701), 8 of 18 dates; F1 0.841, 11 of 18 dates once that session's fixes were in (h1282 read: a recap of numbered semi-finals under another event's final, "Osei Boateng" for Emmanuel Osei Boateng, "goes to" as a win).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-ninth held-out set', loadHeldOut(109), {
  articles: 12,
  f1: 0.858,
  statedDates: 18,
  rightDates: 11,
});
