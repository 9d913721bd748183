/**
 * The hundred-and-fifth held-out set (tests/fixtures/heldout-105): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV, radio, podcast, federation and club pieces (a Bislett 5000m commentary transcript, a Xiamen podcast recap, a Belgian cross-country federation post, a club newsletter with fixed-width tables, an Amsterdam Marathon radio report, a Toruń indoor radio bulletin, an Ostrava 100m release with a pipe table, a marathon selection story with no race, a Spanish cross-country report with a results list, a tab-separated half-marathon export, a Zürich Diamond League final transcript and an indoor mile podcast). Written at the start of the session
 * and scored once with the session's starting code: F1 0.777 (P 0.815, R 0.743), 19 of 29 dates; F1 0.875, 21 of 29 dates once that session's fixes were in (h1233, h1236 and h1244 read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-fifth held-out set', loadHeldOut(105), {
  articles: 12,
  f1: 0.891,
  statedDates: 29,
  rightDates: 21,
});
