/**
 * The ninety-eighth held-out set (tests/fixtures/heldout-98): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire-service and newspaper reports on championship rounds (a Reuters world 400m hurdles final, AP Olympic 100m semi-finals, a Kenyan daily on national steeplechase finals, an EFE report translated from the Spanish, an AFP European 10,000m final, a Ghanaian daily on African championships 200m rounds, a Reuters world indoors report, an Irish weekly on an Olympic 5000m, a Xinhua report on an Asian 400m final and 20km walk, a UK championships 100m hurdles report, a dpa world marathon report and a Canadian daily on an Olympic 800m final). Written at the start of the session
 * and scored once with the session's starting code: F1 0.781 (P 0.851, R 0.721), 19 of 30 dates; F1 0.818, 21 of 30 dates once that session's fixes were in (h1149 and h1151 read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the ninety-eighth held-out set', loadHeldOut(98), {
  articles: 12,
  f1: 0.828,
  statedDates: 30,
  rightDates: 21,
});
