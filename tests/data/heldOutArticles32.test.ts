/**
 * The thirty-second held-out set (tests/fixtures/heldout-32): twelve race reports written from a brief
 * by a writer who had not read the extractor (a live blog of a championship evening, newest entry
 * first; a wire report of an Olympic 10,000m; a podcast transcript on two mile races; a college
 * championships' second day; a wire report of a European steeplechase with a fall; a TV website on a
 * Diamond League final's sprints; a Japanese championships report in translation; a club's bulleted
 * results notice; a doping story with a stripped medal; a magazine feature on two hurdlers' rivalry;
 * a wire report of a half marathon course record; and a wire report of a result amended after a
 * disqualification). Written at the start of a session and held back until the fixes found on set 31
 * were in, then scored once before anyone read it: F1 0.771 (P 0.879, R 0.687), 15 of 31 dates, the
 * same as the session's starting code. Fixes found on reading it took it to the floors below.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the thirty-second held-out set', loadHeldOut(32), {
  articles: 12,
  f1: 0.894,
  statedDates: 31,
  rightDates: 20,
});
