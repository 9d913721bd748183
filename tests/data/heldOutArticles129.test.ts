/**
 * The hundred-and-twenty-ninth held-out set (tests/fixtures/heldout-129): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV, radio, podcast, federation, club and results-table reports (a Diamond League TV transcript, a radio half-marathon story with a numbered list, podcast notes on an indoor meeting, a club newsletter's cross-country tables, a federation's tab-separated 10,000m tables, an AFP continental tour sprint, a timing company's 5K results page, a federation post that tells no race, a TV marathon recap, an indoor meeting translated from the Spanish, a radio summary of the European cross-country, and a club post on a sprint meeting). Written at the start of the session
 * and scored once with the session's starting code: F1 0.798 (P 0.867, R 0.740), 20 of 31 dates; F1 0.874, 22 of 31 dates once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-twenty-ninth held-out set', loadHeldOut(129), {
  articles: 12,
  f1: 0.875,
  statedDates: 31,
  rightDates: 22,
});
