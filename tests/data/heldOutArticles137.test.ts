/**
 * The hundred-and-thirty-seventh held-out set (tests/fixtures/heldout-137): twelve race reports written from a brief by
 * a writer who had not read the extractor: wires, newspapers, translations and releases on championship rounds (a Reuters wire on a European 400m hurdles final, a Cumbrian weekly following a runner through a world 1500m, South American championships translated from the Portuguese, an AP story on a world indoor 60m, an AFP Olympic marathon, a Jamaican paper's trials 100m with a fixed-width table, a radio site's African championships recap, a world championships live blog, an Estonian federation release on the European indoors, a Kyodo half marathon translated from the Japanese, a Highland weekly on a Commonwealth 10,000m, and a Swedish team selection). Written at the start of the session
 * and scored once with the session's starting code: F1 0.859 (P 0.900, R 0.822), 31 of 39 dates; F1 0.884, 32 of 39 dates once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-thirty-seventh held-out set', loadHeldOut(137), {
  articles: 12,
  f1: 0.884,
  statedDates: 39,
  rightDates: 32,
});
