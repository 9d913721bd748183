/**
 * The sixty-third held-out set (tests/fixtures/heldout-63): twelve race reports written from a brief by
 * a writer who had not read the extractor, leaning towards TV, radio and federation reports on meetings and road races, and results tables (a TV Bergen meeting report, a fixed-width Balkan cross-country sheet, a marathon press release, a radio 10K, pipe tables from a Spanish meeting, a club brief, wire agate in comma runs, a county cross-country release, a TV sprint meeting to the thousandth, a numbered half-marathon list, a road-running selection release, and a teletext results page). Written at the start of the session
 * and scored once with the session's starting code: F1 0.838 (P 0.866, R 0.812), 22 of 26 dates; scored again, unread, once that
 * session's fixes from sets 59 and 60 were in: the same.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the sixty-third held-out set', loadHeldOut(63), {
  articles: 12,
  f1: 0.842,
  statedDates: 26,
  rightDates: 22,
});
