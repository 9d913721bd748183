/**
 * The seventy-eighth held-out set (tests/fixtures/heldout-78): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV, radio, podcast, federation and club pieces, meetings, road races and results tables (a TV Diamond League report, a radio marathon report, a fixed-width cross-country results sheet with lap columns, a federation's indoor championships release, a college meet release, a pipe-table road 10K, a club newsletter, podcast show notes, a numbered indoor meeting results notice, a radio injury story with no race, a translated Spanish radio report, and a newest-first TV live blog). Written at the start of the session
 * and scored once with the session's starting code: F1 0.820 (P 0.925, R 0.737), 35 of 44 dates; F1 0.885, 37 of 44 dates (h911 read) once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the seventy-eighth held-out set', loadHeldOut(78), {
  articles: 12,
  f1: 0.908,
  statedDates: 44,
  rightDates: 38,
});
