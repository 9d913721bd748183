/**
 * The hundred-and-sixth held-out set (tests/fixtures/heldout-106): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a Bislett fan blog, a newest-first European championships live blog, a steeplechaser's profile, a marathon season review, an Amsterdam Marathon preview, an injury story, a Kenyan selection story, a doping story, an NCAA cross-country live blog, a feature on an indoor arena with no race, an Irish world indoors fan blog and a rivalry feature). Written at the start of the session
 * and scored once with the session's starting code: F1 0.718 (P 0.792, R 0.658), 9 of 26 dates; F1 0.706, 9 of 26 dates once that session's fixes were in (h1250's race in hand is now the meeting it was run at, dated right, but its event is told only in a title, so it matches no race of the answers; h1247's coach no longer takes the runner's bronze, but a rival named after it takes her later places).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-sixth held-out set', loadHeldOut(106), {
  articles: 12,
  f1: 0.779,
  statedDates: 26,
  rightDates: 13,
});
