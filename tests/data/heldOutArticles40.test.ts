/**
 * The fortieth held-out set (tests/fixtures/heldout-40): twelve race reports written from a brief by a
 * writer who had not read the extractor, mixing the core and harder kinds (an AP wire of a world 100m
 * final decided by thousandths, a Reuters wire of a city marathon with times in words, a regional
 * paper on a two-day college conference meet, a fan blog on a 1500m rivalry, a fixed-width results
 * table of heats and a final, a radio site on a national cross-country championships, a profile of a
 * steeplechaser, a translated Spanish championships report, a preview citing last year's podium, a
 * doping story with results in passing, an AFP wire of a 400m hurdles final, and an indoor 3000m told
 * lap by lap). Scored at the start of the session, before anyone read it: F1 0.858 (P 0.908, R 0.813),
 * 13 of 23 dates. Fixes found on reading it took it to the floors below.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the fortieth held-out set', loadHeldOut(40), {
  articles: 12,
  f1: 0.955,
  statedDates: 23,
  rightDates: 22,
});
