/**
 * The forty-seventh held-out set (tests/fixtures/heldout-47): twelve race reports written from a brief
 * by a writer who had not read the extractor, leaning towards wires on championship finals (a world
 * 1500m, a European 400m, a Commonwealth 10,000m with times in words, an Olympic 5000m with a
 * disqualification, African 800m, world 10,000m, world indoor 400m and Asian 1500m), Diamond League
 * meetings in Oslo and Brussels, a Balkan championships results release, and an analysis of a world
 * 800m final against its semi-finals. Scored once at the start of the session: F1 0.895 (P 0.932,
 * R 0.861), 15 of 26 dates.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the forty-seventh held-out set', loadHeldOut(47), {
  articles: 12,
  f1: 0.943,
  statedDates: 26,
  rightDates: 24,
});
