/**
 * The thirty-third held-out set (tests/fixtures/heldout-33): twelve race reports written from a brief
 * by a writer who had not read the extractor (a regional paper on a two-day county championships, a
 * French wire report of an indoor meeting in translation, a club newsletter's cross-country results in
 * comma runs, a wire report of a Diamond League steeplechase with a fall, a marathon preview that goes
 * through three past editions by their days, a broadcaster on a sprint double timed to thousandths, a
 * doping story with past championship places, a college conference recap under day headings, a live
 * blog with a corrected result, a magazine profile of a masters runner, a brief on a road 10K, and a
 * coaching change that tells no race). Written and scored at the start of a session, before anyone
 * read it: F1 0.777 (P 0.822, R 0.735), 15 of 35 dates, the same for the session's starting code.
 * Fixes found on reading it took it to the floors below.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the thirty-third held-out set', loadHeldOut(33), {
  articles: 12,
  f1: 0.909,
  statedDates: 35,
  rightDates: 26,
});
