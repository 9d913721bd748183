/**
 * The fifty-first held-out set (tests/fixtures/heldout-51): twelve race reports written from a brief
 * by a writer who had not read the extractor, leaning towards TV, radio and federation reports and
 * road races (a London Diamond League round-up, a Swiss federation release on the European 800m, a
 * numbered half-marathon list, college pipe tables, a club newsletter with a mixed 10K, a Dublin
 * marathon, a one-day meeting with times in words, a USATF release from the world indoors, a 10K
 * road record, a half marathon with compact result lines, one pipe table of five Diamond League
 * events, and a doping story ending in a finishing list). Written at the start of the session and
 * scored once with the session's starting code: F1 0.803 (P 0.837, R 0.772), 23 of 42 dates; scored
 * again once the set-48 and set-49 fixes were in, unread: the same.
 * Read in part in a later session (h591): F1 0.817 (P 0.841, R 0.795), 23 of 42 dates.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the fifty-first held-out set', loadHeldOut(51), {
  articles: 12,
  f1: 0.83,
  statedDates: 42,
  rightDates: 23,
});
