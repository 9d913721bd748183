/**
 * The hundred-and-twenty-eighth held-out set (tests/fixtures/heldout-128): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire-service and newspaper reports on championship rounds (a Reuters European 1500m final with its semi-finals, an AP world indoor 60m hurdles, a Scottish paper following an 800m runner through the Olympic rounds, Italian championships translated from the Italian, a Barbadian paper on a regional 100m, AFP world road running half marathons, an AFP world steeplechase with no year, a magazine's day-by-day European indoors 400m, a world 110m hurdles live blog, an Irish paper on the world cross-country, a Balkan indoor results bulletin in mixed formats, and a Kenyan trials and injury story). Written at the start of the session
 * and scored once with the session's starting code: F1 0.854 (P 0.929, R 0.790), 24 of 37 dates; F1 0.854, 24 of 37 dates once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-twenty-eighth held-out set', loadHeldOut(128), {
  articles: 12,
  f1: 0.92,
  statedDates: 37,
  rightDates: 33,
});
