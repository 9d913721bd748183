/**
 * The hundred-and-thirty-fourth held-out set (tests/fixtures/heldout-134): twelve race reports written from a brief by
 * a writer who had not read the extractor: wires, newspapers and translations on championship rounds (a Reuters update on a world indoor 60m hurdles final decided by a thousandth, a Welsh weekly following its Olympian through heat, semi-final and final, a Brazilian 10,000m translated from the Portuguese, an AP report of a US 400m hurdles final with a disqualification, an AFP world marathon, an Indian interstate meeting over three days, an official results sheet, a German steeplechase translated, a New Zealand regional paper on a Commonwealth 110m hurdles, a PA wire on a world 100m to the thousandth, a Kyodo translation on the road running world championships, and a European indoor live blog). Written at the start of the session
 * and scored once with the session's starting code: F1 0.855 (P 0.902, R 0.814), 19 of 35 dates; F1 0.892, 22 of 35 dates once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-thirty-fourth held-out set', loadHeldOut(134), {
  articles: 12,
  f1: 0.892,
  statedDates: 35,
  rightDates: 22,
});
