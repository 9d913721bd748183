/**
 * The thirty-fifth held-out set (tests/fixtures/heldout-35): twelve race reports written from a brief
 * by a writer who had not read the extractor, leaning towards the core kinds of race report (an AFP
 * wire on a Diamond League 1500m with a meeting record, a Reuters wire on national trials with no
 * year, a newspaper report of a European 400m hurdles final with its heats two days earlier, a
 * Canadian newspaper on a Commonwealth 800m, a federation release on national championships with
 * clubs in brackets, a brief results notice of a half marathon, a TV website on a 100m photo finish to
 * the thousandth, a broadcaster on a steeplechase with a fall, a city marathon report, a local paper's
 * college round-up, an AP wire on the world cross-country and an injury story with results in passing).
 * Written at the start of a session and scored at once, before anyone read it: F1 0.897 (P 0.933,
 * R 0.865), 21 of 25 dates; the session's starting code scores the same. Fixes found on reading it
 * took it to the floors below.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the thirty-fifth held-out set', loadHeldOut(35), {
  articles: 12,
  f1: 0.984,
  statedDates: 25,
  rightDates: 25,
});
