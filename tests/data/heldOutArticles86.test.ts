/**
 * The eighty-sixth held-out set (tests/fixtures/heldout-86): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire-service and newspaper reports on championship rounds (a Reuters world 1500m final, an AP Olympic women's 100m, a broadsheet on the European 10,000m finals, a Spanish regional paper's national championships report translated into stiff English, an AFP African championships 400m hurdles report, a US paper on the national 110m hurdles rounds, an Australian paper on the Commonwealth Games 5000m finals, a wire results table for a world indoor 800m, an Indian daily on the Asian championships 200m finals, a Reuters world championship marathon, a Kenyan daily on the trials steeplechase, and a Botswana paper on Olympic 400m semi-finals). Written at the start of the session
 * and scored once with the session's starting code: F1 0.830 (P 0.864, R 0.800), 22 of 31 dates; F1 0.847, 23 of 31 dates once that session's fixes were in (h1008 read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the eighty-sixth held-out set', loadHeldOut(86), {
  articles: 12,
  f1: 0.854,
  statedDates: 31,
  rightDates: 24,
});
