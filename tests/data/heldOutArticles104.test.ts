/**
 * The hundred-and-fourth held-out set (tests/fixtures/heldout-104): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire-service and newspaper reports on championship rounds (a world 400m hurdles final, an Olympic 100m with its semi-finals, UK 1500m championships, a European 5000m translated from the Spanish, African steeplechase and 10,000m finals, US 100m hurdles, world indoor 1500m and 3000m with a results list, Asian Games 10,000m and steeplechase, an Olympic marathon, Kenyan trials, European indoor results tables and a Commonwealth 800m). Written at the start of the session
 * and scored once with the session's starting code: F1 0.859 (P 0.918, R 0.807), 25 of 34 dates, and the same once that session's fixes were in.
 * The floor was lowered from 0.869 to 0.867 in the session that added sets 125 to 127: a line "Final" alone now opens its race, so h1231's women's 60m hurdles table takes its round, and the wire's sentence on that race stays a race of its own (one place more), as the table is still read as the men's after the "MEN" heading.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-fourth held-out set', loadHeldOut(104), {
  articles: 12,
  f1: 0.867,
  statedDates: 34,
  rightDates: 26,
});
