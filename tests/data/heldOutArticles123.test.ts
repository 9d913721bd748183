/**
 * The hundred-and-twenty-third held-out set (tests/fixtures/heldout-123): twelve race reports written from a brief by
 * a writer who had not read the extractor: broadcast, podcast, federation, club, road and cross-country tables (a TV commentary transcript from a Diamond League meeting, a radio station's write-up of an indoor 3000m and 60m, podcast show notes on a half marathon, a district cross-country release with fixed-width tables, a club newsletter with comma-separated results, an AFP continental tour steeplechase and 5000m, a federation selection-policy post with no race, a marathon results notice in pipe tables, a radio recap of world cross-country, a press office's indoor results sheet, a translated Brazilian New Year 10K, and a federation post with a tab-separated table). Written at the start of the session
 * and scored once with the session's starting code: F1 0.812 (P 0.917, R 0.728), 26 of 31 dates; F1 0.884, 27 of 31 dates once that session's fixes were in (it read h1453).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-twenty-third held-out set', loadHeldOut(123), {
  articles: 12,
  f1: 0.938,
  statedDates: 31,
  rightDates: 28,
});
