/**
 * The eleventh held-out set (tests/fixtures/heldout-11): twelve race reports written from a brief by
 * a writer who had not read the extractor (Reuters, AP and AFP wire copy, a broadcaster's marathon
 * report with two races and a results list under "Men" and "Women", a college paper, a local paper
 * on a road race, a magazine's analysis, a federation's team announcement with no result, a
 * retrospective, an Asian championships report, a national trials report and a federation's press
 * release on a medal; 100m to marathon, heats to finals, one sprint in thousandths). The set was
 * scored once, before anyone read it, on the code after the tenth set's first fixes of this session:
 * F1 0.796 (P 0.825, R 0.770), 13 of 28 dates. That is the honest figure for reports of the kinds
 * the product is for. General fixes found on reading it (each with a test of its own) took it to
 * 0.935 with 23 dates, which the floors guard.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the eleventh held-out set', loadHeldOut(11), {
  articles: 12,
  f1: 0.963,
  statedDates: 28,
  rightDates: 26,
});
