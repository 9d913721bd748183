/**
 * The forty-ninth held-out set (tests/fixtures/heldout-49): twelve race reports written from a brief
 * by a writer who had not read the extractor, leaning towards a mix (two short wire briefs, a road
 * 10K, a club newsletter on a half marathon, a world steeplechase final, a world indoor 1500m and
 * 3000m, a 400m hurdles rivalry told over six seasons, a fan blog on national sprints, a college
 * results table, a translated Spanish cross country, a doping story with no race, and a marathon
 * preview built on past races). Written at the start of the session and held back unread until the
 * set-47 fixes were in, then scored once: F1 0.828 (P 0.904, R 0.763), 17 of 24 dates; the session's
 * starting code scores the same.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the forty-ninth held-out set', loadHeldOut(49), {
  articles: 12,
  f1: 0.941,
  statedDates: 24,
  rightDates: 24,
});
