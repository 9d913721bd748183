/**
 * The hundred-and-thirty-eighth held-out set (tests/fixtures/heldout-138): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV, radio, podcast, federation, club and results pages (a TV commentary transcript from a hurdles and 800m meeting, a podcast's show notes on a Diamond League 5000m and mile, a club newsletter's fixed-width 10K table, an Estonian cross-country federation release, a radio bulletin on a half marathon with times in words, an indoor tour's tab-separated results, a selection policy with no race, a wire on a city marathon, a newest-first Diamond League live blog, a TV site's New Year 5K, a cross-country report translated from the Spanish, and a road mile's results notice). Written at the start of the session
 * and scored once with the session's starting code: F1 0.851 (P 0.869, R 0.833), 17 of 26 dates; F1 0.923, 19 of 26 dates once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-thirty-eighth held-out set', loadHeldOut(138), {
  articles: 12,
  f1: 0.922,
  statedDates: 26,
  rightDates: 19,
});
