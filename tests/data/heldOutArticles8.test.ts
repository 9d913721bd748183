/**
 * The eighth held-out set (tests/fixtures/heldout-8): eight reports written from briefs by a writer
 * who had not read the extractor (a BBC-style European 1500m final with a British bronze, a county
 * high-school meet with schools that look like names, a 400m hurdles race told hurdle by hurdle with
 * its order in one sentence, a translated Spanish wire on an indoor 1500m, a national 100m and 200m
 * double on two days, a feature comparing two marathoners' last three marathons, an Olympic 10,000m
 * told by a fan of the fourth-placed runner, a road 10K wire brief), added at the end of the session
 * that worked on the seventh set. The first pass over them scored F1 0.61 (P 0.75, R 0.51), 10 of 12
 * dates: the honest figure for reports of kinds not seen before. Two general fixes found on reading
 * it (a surname with particles written after the full name, "the medals went to A, B and C, in that
 * order") took it to 0.66; the next session's general fixes, each with a test of its own, took it to
 * 0.95 (the floor is 0.94). It has been worked on since: 0.61 is the figure to quote for it.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the eighth held-out set', loadHeldOut(8), {
  articles: 8,
  f1: 0.983,
  statedDates: 12,
  rightDates: 12,
});
