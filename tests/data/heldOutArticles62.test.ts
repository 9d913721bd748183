/**
 * The sixty-second held-out set (tests/fixtures/heldout-62): twelve race reports written from a brief by
 * a writer who had not read the extractor, leaning towards wire and newspaper reports on championship races and their rounds (a Reuters world 1500m with its semi-finals, an AP US indoor hurdles report with heats, a translated AFP European 10,000m and steeplechase heats, an Olympic 100m with its rounds, a Kenyan trials wire with no year, an AP NCAA report, an Irish national championships report, a world indoor 800m with a disqualification, an African championships wire, a Japanese championships report, an Olympic marathon, and a world cross country report). Written at the start of the session
 * and scored once with the session's starting code: F1 0.818 (P 0.903, R 0.747), 15 of 24 dates; scored again, unread, once that
 * session's fixes from sets 59 and 60 were in: the same.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the sixty-second held-out set', loadHeldOut(62), {
  articles: 12,
  f1: 0.823,
  statedDates: 24,
  rightDates: 15,
});
