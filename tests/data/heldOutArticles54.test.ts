/**
 * The fifty-fourth held-out set (tests/fixtures/heldout-54): twelve race reports written from a brief by
 * a writer who had not read the extractor, leaning towards meetings, clubs and results tables (a Diamond League wire with seven events, a club newsletter, a college release with fixed-width tables, a TV report on national championships, a half marathon with pipe tables, national cross country with comma runs, a federation selection release, a translated Italian report, a state high-school meet with numbered lists, a meeting's results blocks, an AP marathon wire, and a translated German indoor report). Written at the start of the session
 * and scored once with the session's starting code: F1 0.818 (P 0.869, R 0.773), 26 of 46 dates; scored again, unread, once the set-50 and
 * set-52 fixes were in: the same.
 * Read in part in a later session (h625, h630): F1 0.885 (P 0.925, R 0.848), 32 of 46 dates.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the fifty-fourth held-out set', loadHeldOut(54), {
  articles: 12,
  f1: 0.911,
  statedDates: 46,
  rightDates: 32,
});
