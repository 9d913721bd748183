/**
 * The twenty-fourth held-out set (tests/fixtures/heldout-24): twelve race reports written from a
 * brief by a writer who had not read the extractor (a wire report of a world 800m final, an Irish
 * paper on a Diamond League 5000m, a world indoor 60m to the thousandth, a weekly paper on
 * national 10,000m championships, a championship marathon with splits, an Olympic 400m heats
 * round-up, a high-school state meet, a press release with a steeplechase results table in
 * columns, a feature on an ageing champion, a club newsletter's road 5K, a translated French
 * meeting report (3'29''87), and a doping-ban story). It was scored once before anyone read it: F1
 * 0.793 (P 0.854, R 0.741), 13 of 19 dates, after the session's first fixes; the session's
 * starting code scores 0.781, 9 of 19. Fixes found on reading it took it to the floors below. Its
 * dates floor fell from 17 to 16 when bare distances ("runs away with the 3,000") came to be read:
 * the high-school state meet's deck now names the boys' 3000m, which leads its unnamed meeting ahead
 * of the dated girls' 1500m, so the 300m hurdles no longer takes that day.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the twenty-fourth held-out set', loadHeldOut(24), {
  articles: 12,
  f1: 0.948,
  statedDates: 19,
  rightDates: 17,
});
