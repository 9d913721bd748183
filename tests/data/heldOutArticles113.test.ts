/**
 * The hundred-and-thirteenth held-out set (tests/fixtures/heldout-113): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire-service and newspaper reports on championship rounds (a Reuters world indoor hurdles and 800m wire with no year in its dateline, an AP world championships women's 10,000m, an Irish regional paper following a local 800m runner through the Olympic rounds, a stiffly translated South American championships report with decimal commas, an AFP African championships steeplechase with a fixed-width results block, a newest-first Asian indoor live blog, a Kenyan trials 5000m with a disqualification, a broadcaster's Commonwealth marathon in the heat, a TV website's world 100m in thousandths, a translated French European hurdles report with 12"98 times, a federation release on the world road running championships, and an Olympic selection story). Written at the start of the session
 * and scored once with the session's starting code: F1 0.847 (P 0.917, R 0.787), 23 of 31 dates; the same once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-thirteenth held-out set', loadHeldOut(113), {
  articles: 12,
  f1: 0.888,
  statedDates: 31,
  rightDates: 23,
});
