/**
 * The eighty-first held-out set (tests/fixtures/heldout-81): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV, radio, podcast, federation and club pieces, road races and results tables (a TV site's Diamond League 1500m, a radio story on a city marathon with a time in words, a podcast's European cross-country notes, a federation release on European indoor rounds, a club newsletter's 10K comma run, a road half marathon's fixed-width sheet with a split column, a grand prix's pipe tables, a cross-country numbered list, a club statement on a withdrawal, a TV story with no race, an indoor mile release with splits, and a radio item on a 10K disqualification). Written at the start of the session
 * and scored once with the session's starting code: F1 0.827 (P 0.895, R 0.769), 26 of 37 dates; F1 0.881, 28 of 37 dates (h950 read) once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the eighty-first held-out set', loadHeldOut(81), {
  articles: 12,
  f1: 0.883,
  statedDates: 37,
  rightDates: 28,
});
