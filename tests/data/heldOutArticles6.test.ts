/**
 * The sixth held-out set (tests/fixtures/heldout-6): twelve reports written from briefs by writers
 * who had not read the extractor (a Guardian-style European 1500m final with last year's world final,
 * a Diamond League round-up of four events, a Reuters national 10,000m brief, a profile with four
 * past races, an indoor meeting with reaction times and a false start, a half marathon with
 * pacemakers, a rivalry analysis told out of order, a Kenyan outlet's Olympic 5000m, two world
 * 800m semi-finals, a university release from the NCAA championships, a fan's blog with a pasted
 * table, a trials 400m hurdles column), added once the fifth set had been worked on. The first pass
 * over them scored F1 0.69 (11 of 25 dates); the floors below guard what the general fixes since
 * then reached, and the README gives the figures. The 0.9 is the target, not yet met here.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the sixth held-out set', loadHeldOut(6), {
  articles: 12,
  f1: 0.924,
  statedDates: 25,
  rightDates: 21,
});
