/**
 * The sixteenth held-out set (tests/fixtures/heldout-16): twelve race reports written from a brief
 * by a writer who had not read the extractor (a wire report of a world 5000m final, a club
 * newsletter on a cross-country league round and members' marathons, a blogger at the Bislett
 * Games, a federation release with a top-eight list in two formats, a marathon preview followed by
 * its result, a sprint report in thousandths with wind readings, a steeplechase report, a marathon
 * report told in gaps, a Commonwealth 400m hurdles with heats two days before the final, a weekly
 * magazine on an indoor meeting, a career profile, and an NCAA cross-country report). It was scored
 * once, at the start of the session and before anyone read it: F1 0.805 (P 0.874, R 0.746), 21 of 32
 * dates. Fixes found on reading it took it to the floors below. Its dates went 21 → 23 → 22: the
 * profile's Valencia marathon date was right only while that race was wrongly merged with the
 * Olympic 10,000 metres; once the two were told apart, the marathon (named only as "her debut over
 * 42.2 kilometres") has no date.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the sixteenth held-out set', loadHeldOut(16), {
  articles: 12,
  f1: 0.916,
  statedDates: 32,
  rightDates: 31,
});
