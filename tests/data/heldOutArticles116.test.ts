/**
 * The hundred-and-sixteenth held-out set (tests/fixtures/heldout-116): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire and newspaper reports on championship rounds (a Reuters 400m hurdles final with a results block, an Irish regional paper following a local 1500m runner through heats and final, a translated Spanish 10,000m report with times in words, an AP Olympic 100m report to the thousandth, a Swiss federation's indoor tables set surname first with clubs, an AFP world indoor report with times written 7min 38.42sec, a broadsheet's European half marathons, a Kenyan daily's trials in comma runs, a translated French 110m hurdles report with times written 13''12, a New Zealand regional paper on a world 5000m, a TV website's Olympic 400m and 200m, and an Indian agency brief on the Asian championships). Written at the start of the session
 * and scored once with the session's starting code: F1 0.726 (P 0.751, R 0.703), 22 of 33 dates; F1 0.875, 27 of 33 dates once that session's fixes were in (h1369's tables read by the report's names, h1373's French paper dated by its edition and its results read, h1367's stadium no runner and its women's results line its own race).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-sixteenth held-out set', loadHeldOut(116), {
  articles: 12,
  f1: 0.879,
  statedDates: 33,
  rightDates: 27,
});
