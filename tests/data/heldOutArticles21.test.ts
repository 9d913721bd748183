/**
 * The twenty-first held-out set (tests/fixtures/heldout-21): twelve race reports written from a
 * brief by a writer who had not read the extractor (a Diamond League round-up, a long read on a
 * world 1500m final told through one runner, a county schools championships with results lines,
 * an Australian national 5000m, a wire report of a Commonwealth Games 10,000m, a rivalry feature
 * with a head-to-head list, a 100m trials report with a false start, a European steeplechase final
 * with a fall, a half marathon course record, a blog on an indoor 3000m with lap splits, a "where
 * are they now" feature, and a cross-country report with a semicolon-separated results paragraph).
 * It was scored once, late in the session and before anyone read it: F1 0.837 (P 0.900, R 0.783),
 * 23 of 31 dates; the session's starting code scores 0.837, 22 of 31. Fixes found on reading it
 * took it to the floors below.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the twenty-first held-out set', loadHeldOut(21), {
  articles: 12,
  f1: 0.927,
  statedDates: 31,
  rightDates: 30,
});
