/**
 * The ninety-fifth held-out set (tests/fixtures/heldout-95): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire-service and newspaper reports on championship rounds (a Reuters world 1500m final with its winning time in words, an AP Olympic women's 100m, a French championships steeplechase and hurdles report translated into stiff English, a British paper on European 400m heats with a disqualification, an AFP African championships 10,000m and 5000m, a US paper on the trials 110m hurdles, a Reuters world women's marathon, a New Zealand paper on a Commonwealth 800m, a Reuters Asian indoor championships report with a results table, a broadsheet on an Olympic 100m final, a Xinhua Kenyan trials steeplechase, and a South American 400m hurdles final decided by a disqualification). Written at the start of the session
 * and scored once with the session's starting code: F1 0.932 (P 0.969, R 0.898), 27 of 31 dates; F1 0.932, 27 of 31 dates once that session's fixes were in (none of the set read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the ninety-fifth held-out set', loadHeldOut(95), {
  articles: 12,
  f1: 0.943,
  statedDates: 31,
  rightDates: 27,
});
