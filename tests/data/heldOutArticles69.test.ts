/**
 * The sixty-ninth held-out set (tests/fixtures/heldout-69): twelve race reports written from a brief by
 * a writer who had not read the extractor: broadcast, federation and club pieces and results tables (a TV report on a Bislett 5000m, podcast notes on a Rotterdam marathon, a federation release on national cross-country titles, a club newsletter on a mile record, a fixed-width 100m results table, pipe tables of a half marathon, a numbered Diamond League results list, comma-run cross-country league results, a podcast recap of a Monaco steeplechase and 800m, a TV piece on a 10K world record, a federation selection release, and a radio story on a marathon's new course with no race). Written at the start of the session
 * and scored once with the session's starting code: F1 0.931 (P 0.970, R 0.896), 22 of 25 dates; the same, unread, once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the sixty-ninth held-out set', loadHeldOut(69), {
  articles: 12,
  f1: 0.937,
  statedDates: 25,
  rightDates: 23,
});
