/**
 * The hundred-and-seventh held-out set (tests/fixtures/heldout-107): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire and newspaper reports on championship rounds (a Reuters world 1500m final, an AP Olympic 100m to the thousandth, an AFP European steeplechase, a broadsheet UK championships 400m hurdles, a South American championships report in translation, a Kenyan paper's African 10,000m, a PTI Asian 400m, a hometown paper on a US 110m hurdler, a PA world indoor 800m, a Kyodo Olympic marathon, a Gleaner Jamaican 200m and a Reuters European indoor results listing). Written at the start of the session
 * and scored once with the session's starting code: F1 0.809 (P 0.849, R 0.773), 27 of 36 dates; F1 0.828, 27 of 36 dates once that session's fixes were in (h1267 read: a lede opening on the given name in capitals, a club sprinter's epithet, "ran 22.08 to defend her title, finishing clear of A and B").
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-seventh held-out set', loadHeldOut(107), {
  articles: 12,
  f1: 0.889,
  statedDates: 36,
  rightDates: 28,
});
