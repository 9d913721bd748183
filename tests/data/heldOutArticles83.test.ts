/**
 * The eighty-third held-out set (tests/fixtures/heldout-83): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire and newspaper reports on championship rounds, one translated (an AP world 1500m final, a British championships 100m report, a French championships hurdles report translated from the French, a Reuters Olympic steeplechase heats report, an Irish paper on a European 10,000m, an AFP world indoor 400m report, a Kenyan daily on African championships, a Reuters Olympic marathon, a US trials 200m and 400m hurdles report, a PTI Asian championships wire, a Reuters world 400m semi-finals report with a results block, and a Commonwealth steeplechase brief). Written at the start of the session
 * and scored once with the session's starting code: F1 0.779 (P 0.842, R 0.724), 22 of 32 dates; F1 0.821, 22 of 32 dates (h971 and h974 read) once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the eighty-third held-out set', loadHeldOut(83), {
  articles: 12,
  f1: 0.84,
  statedDates: 32,
  rightDates: 24,
});
