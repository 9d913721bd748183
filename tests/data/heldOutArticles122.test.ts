/**
 * The hundred-and-twenty-second held-out set (tests/fixtures/heldout-122): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire and newspaper reports on championship rounds (a Reuters world championships 400m hurdles final with no year in its dateline, an AP Olympic 100m with its three semi-finals in one paragraph, a Hebridean weekly following a local 1500m runner through a European championships, a translated Brazilian report in Portuguese notation on an Ibero-American 800m and 100m hurdles, a Xinhua African championships 10,000m with a results block, an AFP world indoor 3000m with the morning's 1500m heats, a federation release on road running world championships, a TV website on national championship sprints, a New Zealand regional paper on an Olympic steeplechase, a dpa European indoor 400m with its semi-finals and a comma-run results block, a South American championships bulletin of fixed-width tables, and a newest-first world championships live blog with medal emoji). Written at the start of the session
 * and scored once with the session's starting code: F1 0.835 (P 0.899, R 0.779), 16 of 35 dates; F1 0.882, 25 of 35 dates once that session's fixes were in (it read h1440, h1446, h1448).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-twenty-second held-out set', loadHeldOut(122), {
  articles: 12,
  f1: 0.89,
  statedDates: 35,
  rightDates: 26,
});
