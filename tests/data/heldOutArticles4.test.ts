/**
 * The fourth held-out set (tests/fixtures/heldout-4): twelve reports written from briefs by
 * writers who had not read the extractor (a Xinhua wire, a US college paper, a live blog, a
 * rivalry feature, a national-championships round-up, a road 10K, an AP Olympic final, an Irish
 * county report, an EFE translation, a fan blog, a preview with its update, a marathon), added once
 * the third set had been worked on. The first pass over them scored F1 0.69 (10 of 29 dates); the
 * floors below guard what the general fixes since then reached, and the README gives the figures.
 * The 0.9 is the target, not yet met on this set. The F1 floor went from 0.94 to 0.935 when
 * the rivalry feature's "The Dominican Republic's Yokasta Almonte … stopping the clock at 48.91" began
 * to give the time to Almonte rather than to the runner before her: right, but the feature's world
 * final ("Then came Tokyo.") is still not read as a race, so the time lands in the race told before
 * it and unseats that race's winner.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the fourth held-out set', loadHeldOut(4), {
  articles: 12,
  f1: 0.937,
  statedDates: 29,
  rightDates: 25,
});
