/**
 * The twenty-ninth held-out set (tests/fixtures/heldout-29): twelve race reports written from a brief
 * by a writer who had not read the extractor (a regional paper on national 5000m and 400m hurdles
 * finals, a university release on college 10,000m and steeplechase races, a world championships live
 * blog, a national championships round-up, a translated Italian Diamond League report, a marathon
 * major with splits, an indoor meeting, a feature on a 1500m runner's season, an injury story, a
 * translated Spanish European championships report, a TV website on Olympic hurdles semi-finals, and
 * a local half marathon and 10K). Scored once before anyone read it, at the start of a session: F1
 * 0.843 (P 0.881, R 0.809), 35 of 42 dates, the same as the session's starting code. Fixes found on
 * reading it took it to the floors below.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the twenty-ninth held-out set', loadHeldOut(29), {
  articles: 12,
  f1: 0.945,
  statedDates: 42,
  rightDates: 41,
});
