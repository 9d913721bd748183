/**
 * The eightieth held-out set (tests/fixtures/heldout-80): twelve race reports written from a brief by
 * a writer who had not read the extractor: wires and newspapers on championship rounds (a world 1500m final with a past final beside it, an Olympic women's 100m photo finish with its semi-finals, a European 10,000m and steeplechase, a regional paper on national 800m heats and finals, a translated Ibero-American 400m hurdles report with decimal commas, a world indoor 1500m and 400m with a disqualification, a Kenyan trials report, Olympic 400m heats and 800m semi-finals, Commonwealth marathons, African championships 200m and hurdles, Asian championships steeplechase and 400m, and a world cross-country report). Written at the start of the session
 * and scored once with the session's starting code: F1 0.842 (P 0.869, R 0.816), 19 of 27 dates; F1 0.848, 19 of 27 dates (h936 read) once that session's fixes were in, and 0.879, 21 of 27 once the next session's were.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the eightieth held-out set', loadHeldOut(80), {
  articles: 12,
  f1: 0.895,
  statedDates: 27,
  rightDates: 22,
});
