/**
 * The seventy-second held-out set (tests/fixtures/heldout-72): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV, radio, podcast and federation pieces, newsletters, meetings, road races and results tables (a TV recap of a Diamond League meeting, podcast notes on a city marathon, a federation release on national cross country with numbered lists, a club newsletter, a fixed-width meeting results sheet, a half marathon's pipe tables, a radio report on a photo-finish 100m, a college meet in comma runs, a broadcast recap of a European indoor evening, a club release on a signing, a team selection with no race, and a harbour 10K results notice). Written at the start of the session
 * and scored once with the session's starting code: F1 0.849 (P 0.876, R 0.823), 22 of 34 dates; F1 0.913, 24 of 34 dates (h841 and h842 read) once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the seventy-second held-out set', loadHeldOut(72), {
  articles: 12,
  f1: 0.934,
  statedDates: 34,
  rightDates: 25,
});
