/**
 * The fifth held-out set (tests/fixtures/heldout-5): twelve reports written from briefs by writers
 * who had not read the extractor (a Reuters world steeplechase, a BBC national championships day, a
 * dpa translation with thousandths and decimal commas, a US high-school state meet, a "five things"
 * listicle, heats and a final with a disqualification, an Athletics Weekly 800m, an Australian
 * championships, a Kyodo 10,000m with family names first, a podcast newsletter, an AP Olympic
 * marathon, a club newsletter), added once the fourth set had been worked on. The first pass over
 * them scored F1 0.57 (8 of 25 dates); the floors below guard what the general fixes since then
 * reached, and the README gives the figures. The 0.9 is the target, not yet met on this set.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the fifth held-out set', loadHeldOut(5), {
  articles: 12,
  f1: 0.922,
  statedDates: 25,
  rightDates: 24,
});
