/**
 * The hundred-and-twenty-sixth held-out set (tests/fixtures/heldout-126): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV, radio, podcast, federation, club and results-table reports (a TV commentary transcript of a hurdles race and a mile, a radio bulletin on a 10K with times in words, podcast show notes on an indoor meeting, a federation's cross-country championships table, a club newsletter's tab-separated half-marathon results, an AFP 800m and steeplechase translated from the French, a federation selection policy with no race, a marathon live blog, a TV site's indoor 60m heats and final, a fan blog on a cross-country race, a fixed-width 5K results notice, and a radio wrap of a Diamond League meeting with its results). Written at the start of the session
 * and scored once with the session's starting code: F1 0.845 (P 0.901, R 0.796), 17 of 25 dates; F1 0.862, 19 of 25 dates once that session's fixes were in (h1495's age-group table read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-twenty-sixth held-out set', loadHeldOut(126), {
  articles: 12,
  f1: 0.905,
  statedDates: 25,
  rightDates: 19,
});
