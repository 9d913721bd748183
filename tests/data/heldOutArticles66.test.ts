/**
 * The sixty-sixth held-out set (tests/fixtures/heldout-66): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV, radio, podcast and federation reports, one-day meetings, road races, cross country and results tables (a TV roundup of a Bislett meeting, a radio report on a city marathon, podcast notes on a half marathon, a federation release with fixed-width cross-country tables, a club newsletter on a 10K, a brief results notice, a translated release with pipe tables, a broadcast recap of a Golden Gala 5000m, a federation release with "1. Name (Country) time" lines, a radio selection story, a local TV report on a sprint invitational, and a club release previewing a half marathon with no race). Written at the start of the session
 * and scored once with the session's starting code: F1 0.846 (P 0.860, R 0.832), 23 of 29 dates; scored again, unread, once that session's fixes were in: the same. Read and fixed the session after (h766, h769, h772): F1 0.936, 26 of 29.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the sixty-sixth held-out set', loadHeldOut(66), {
  articles: 12,
  f1: 0.936,
  statedDates: 29,
  rightDates: 26,
});
