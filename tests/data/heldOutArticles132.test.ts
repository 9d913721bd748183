/**
 * The hundred-and-thirty-second held-out set (tests/fixtures/heldout-132): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV, radio, podcast, federation, club and results pages (a TV commentary transcript of a Diamond League 800m, a radio round-up of a 10K with fixed-width tables, a marathon podcast's notes and transcript, a Czech federation's cross-country release with pipe tables, a club newsletter with tab-set tables of a half marathon and a 5K, a wire report of a 100m and a steeplechase, indoor tour results with heats and a final, a federation explainer on qualifying with no race, a half marathon translated from the Spanish, a newest-first cross-country live blog, a 5K results notice with a tie, and a radio bulletin on a Diamond League final). Written at the start of the session
 * and scored once with the session's starting code: F1 0.772 (P 0.879, R 0.688), 23 of 27 dates; F1 0.854, 24 of 27 dates once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-thirty-second held-out set', loadHeldOut(132), {
  articles: 12,
  f1: 0.875,
  statedDates: 27,
  rightDates: 24,
});
