/**
 * The ninety-ninth held-out set (tests/fixtures/heldout-99): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV, radio, podcast, federation and club pieces, with tables in five layouts (a Golden Gala TV commentary, a Frankfurt Marathon podcast recap, a Kenyan cross-country federation post in fixed-width columns, a club 10K newsletter with bib and club columns, a Glasgow indoor radio report, a translated Ostrava federation post in pipe tables, a Copenhagen Half press release, a Zurich podcast transcript with times in words, a club post with no race, a European cross-country TV live summary, a translated Dutch indoor championships post in tabs and a world marathon radio commentary). Written at the start of the session
 * and scored once with the session's starting code: F1 0.705 (P 0.761, R 0.656), 20 of 32 dates; F1 0.875, 24 of 32 dates once that session's fixes were in (h1170, h1171 and h1172 read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the ninety-ninth held-out set', loadHeldOut(99), {
  articles: 12,
  f1: 0.894,
  statedDates: 32,
  rightDates: 25,
});
