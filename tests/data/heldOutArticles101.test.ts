/**
 * The hundred-and-first held-out set (tests/fixtures/heldout-101): twelve race reports written from a brief by
 * a writer who had not read the extractor: wire-service and newspaper reports on championship rounds, one translated from the Spanish (Reuters on a world 800m final and its semi-finals, AP on an Olympic 100m timed to thousandths, AFP on a European steeplechase, a US championships hurdles story, an Ibero-American 1500m, Reuters on African 10,000m finals, two Pan American semi-finals, Reuters on world indoor finals, a Kenyan trials 5000m, AP on an Olympic marathon and walk, an Asian 400m story and AP on world steeplechase heats with a results summary). Written at the start of the session
 * and scored once with the session's starting code: F1 0.852 (P 0.889, R 0.818), 20 of 38 dates; F1 0.872, 26 of 38 dates once that session's fixes were in (h1196 read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-first held-out set', loadHeldOut(101), {
  articles: 12,
  f1: 0.894,
  statedDates: 38,
  rightDates: 27,
});
