/**
 * The ninth held-out set (tests/fixtures/heldout-9): twelve mainstream race reports written from a
 * brief by a writer who had not read the extractor (wire, broadsheet, specialist site, federation
 * release, local paper, TV site and magazine styles; 100m to marathon; Diamond League, global and
 * national championships, a city marathon; some with results lists, several covering two or more
 * races). The set was scored once, on the code as it stood after the work on the eighth set and
 * before anyone read it: F1 0.890 (P 0.909, R 0.872), 13 of 22 dates. That is the honest figure for
 * race reports of the kinds the product is for. General fixes found on reading it (each with a test
 * of its own) then took it to 0.922 with 17 dates, and fixes found on the tenth set to 0.941 with 18.
 * Since times are worked out from stated gaps (marked as worked out), "Rennie was fourth, a further
 * 0.3 seconds back" gives him 3:30.71, which the golden file, listing only stated times, does not
 * hold: 0.938. Fixes found on the sixteenth and seventeenth sets ("a place at this summer's World
 * Championships" is a race to come; "claimed the women's title" names the women's race) took it to
 * 0.952 with 19 dates, which the floors guard.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the ninth held-out set', loadHeldOut(9), {
  articles: 12,
  f1: 0.967,
  statedDates: 22,
  rightDates: 21,
});
