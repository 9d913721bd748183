/**
 * The hundred-and-thirty-fifth held-out set (tests/fixtures/heldout-135): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV, radio, podcast, federation, club and results pages (a TV commentary transcript with times said aloud, a radio bulletin, a podcast on an indoor meeting, a club newsletter with a fixed-width cross-country table, a federation release with tab-set tables, a federation post with no race, a stats site's pipe tables, a broadcaster's marathon summary, a cross-country report translated from the Spanish, a radio commentary log of 60m hurdles heats and final, a club's 5K post, and a podcast on a Diamond League mile and 5000m). Written at the start of the session
 * and scored once with the session's starting code: F1 0.809 (P 0.882, R 0.748), 14 of 28 dates; F1 0.872, 17 of 28 dates once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-thirty-fifth held-out set', loadHeldOut(135), {
  articles: 12,
  f1: 0.872,
  statedDates: 28,
  rightDates: 17,
});
