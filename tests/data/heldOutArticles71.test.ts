/**
 * The seventy-first held-out set (tests/fixtures/heldout-71): twelve race reports written from a brief by
 * a writer who had not read the extractor: wires and newspaper reports on championship rounds (a Reuters wire on a world 1500m final, an AP wire on Olympic 100m semi-finals and final, an AFP wire on European indoor 800m and 3000m with times written "1min 59.48sec", a British newspaper on national 800m rounds, a translated Spanish report on a European steeplechase, a Reuters wire on African 10,000m finals, a US newspaper on NCAA 400m hurdles rounds, an AP wire on world indoor hurdles and 3000m, an Indian newspaper on Asian Games marathon and 5000m, an AFP wire on world 400m semi-finals, a Jamaican newspaper on national 100m finals, and a short Reuters wire on European cross country). Written at the start of the session
 * and scored once with the session's starting code: F1 0.796 (P 0.848, R 0.750), 24 of 38 dates; F1 0.848, 26 of 38 dates (h835 read) once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the seventy-first held-out set', loadHeldOut(71), {
  articles: 12,
  f1: 0.894,
  statedDates: 38,
  rightDates: 28,
});
