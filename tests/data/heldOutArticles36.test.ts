/**
 * The thirty-sixth held-out set (tests/fixtures/heldout-36): twelve race reports written from a brief
 * by a writer who had not read the extractor, leaning towards the harder kinds (a preview recalling
 * the last two editions under scene lines, a magazine profile across five seasons, a month-by-month
 * season review, a translated Spanish championships report, a fixed-width results printout of heats
 * and a final, a cross-country results page of comma runs, a fan blog on an indoor 60m and 800m, a
 * doping appeal story that re-orders a past final, a radio website on a city 10K, a Reuters
 * Diamond League round-up, a federation release that describes no race, and an AP marathon report).
 * Written at the start of a session and held back until the fixes found on set 35 were in, then
 * scored once before anyone read it: F1 0.694 (P 0.749, R 0.646), 27 of 39 dates; the session's
 * starting code scores the same. Fixes found on reading it took it to the floors below.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the thirty-sixth held-out set', loadHeldOut(36), {
  articles: 12,
  f1: 0.879,
  statedDates: 39,
  rightDates: 37,
});
