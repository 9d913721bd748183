/**
 * The seventy-fourth held-out set (tests/fixtures/heldout-74): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire and newspaper reports on championship rounds (a world 1500m final, an Olympic women's 100m with its semi-finals, a European indoor 3000m pair, a national 800m with heats, a translated Spanish report on Ibero-American 400m hurdles finals, a world indoors round-up with no year, an African championships distance pair, a US trials 110m hurdles final, an Asian championships 200m and steeplechase, an Olympic women's marathon, world 400m heats, and a European steeplechase and 10,000m round-up). Written at the start of the session
 * and scored once with the session's starting code: F1 0.757 (P 0.816, R 0.705), 19 of 27 dates; F1 0.813, 21 of 27 dates (h865, h868 read) once that session's fixes were in.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the seventy-fourth held-out set', loadHeldOut(74), {
  articles: 12,
  f1: 0.835,
  statedDates: 27,
  rightDates: 21,
});
