/**
 * The hundred-and-thirty-first held-out set (tests/fixtures/heldout-131): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire-service and newspaper reports on championship rounds (a Reuters world 100m to the thousandth, an AP European indoor 1500m with its heats and a 60m hurdles, an English local paper following an 800m runner through the Olympic rounds, Spanish championships 400m hurdles translated from the Spanish, a Xinhua African championships 10,000m and 5000m with a table, an AFP world indoor 3000m and 400m, an Athletics Canada release on a steeplechase and a 1500m, a Kenyan paper on Commonwealth marathons, an Indian daily on an Asian championships 200m, a European 110m hurdles translated from the French, a US paper's Olympic day round-up, and a Scottish paper on a European 5000m). Written at the start of the session
 * and scored once with the session's starting code: F1 0.834 (P 0.905, R 0.774), 22 of 28 dates; F1 0.856, 23 of 28 dates once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-thirty-first held-out set', loadHeldOut(131), {
  articles: 12,
  f1: 0.856,
  statedDates: 28,
  rightDates: 23,
});
