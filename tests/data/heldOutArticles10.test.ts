/**
 * The tenth held-out set (tests/fixtures/heldout-10): twelve mainstream race reports written from a
 * brief by a writer who had not read the extractor (Reuters, AP and AFP wire copy, broadsheet
 * reports, two broadcasters' web stories, a local paper on a hometown hurdler, a rivalry
 * retrospective, a marathon preview that tells only past results; 100m to marathon, heats to
 * finals; two with results lists, ten recalling an earlier round or meeting). The set was scored
 * once, on the code as it stood after the ninth set's work and before anyone read it: F1 0.765
 * (P 0.819, R 0.718), 19 of 29 dates. That is the honest figure for reports of the kinds the
 * product is for. General fixes found on reading it (each with a test of its own) took it to 0.897
 * with 27 dates, and later ones (some found on the eleventh set) to 0.941 with 28. Reading "was
 * runner-up" as second place (found on the fourteenth set) costs one article here, where a runner's
 * runner-up finish in another city's race in April lands in the race in hand: 0.933, which the floors
 * guard.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the tenth held-out set', loadHeldOut(10), {
  articles: 12,
  f1: 0.982,
  statedDates: 29,
  rightDates: 28,
});
