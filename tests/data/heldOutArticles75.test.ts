/**
 * The seventy-fifth held-out set (tests/fixtures/heldout-75): twelve race reports written from a brief by
 * a writer who had not read the extractor: broadcast, podcast, federation and club pieces, one-day meetings, road races and results tables (a TV recap of a Bislett mile, marathon podcast notes with chapter stamps, a federation release on Irish cross country, a club newsletter on a cross-country league, a fixed-width results sheet, a half marathon's pipe tables, a numbered Diamond League results list, Kenyan championships results in comma runs, a radio report on a 10K, a club release on a steeplechase, a federation selection statement, and a world cross-country broadcast recap). Written at the start of the session
 * and scored once with the session's starting code: F1 0.857 (P 0.883, R 0.831), 29 of 36 dates; F1 0.858, 29 of 36 dates (h875 read) once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the seventy-fifth held-out set', loadHeldOut(75), {
  articles: 12,
  f1: 0.905,
  statedDates: 36,
  rightDates: 31,
});
