/**
 * The hundred-and-eleventh held-out set (tests/fixtures/heldout-111): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV and radio commentary, podcasts, federation and club news, one-day meetings, road races and cross country (a Bislett 5000m commentary transcript, a Chicago Marathon podcast recap, a New Zealand cross-country championships post with a numbered list, a club newsletter with a bib and club table, a translated Finnish indoor hurdles story with a pipe table, a Continental Tour results post with fixed-width tables, a half-marathon press release, a newest-first Zurich TV live blog, a European cross-country radio bulletin, a marathon team selection that tells no race, a cross-country league post with tab-separated tables, and a Berlin Marathon broadcast recap). Written at the start of the session
 * and scored once with the session's starting code: F1 0.893 (P 0.906, R 0.880), 24 of 31 dates; F1 0.930, 25 of 31 dates once that session's fixes were in (h1308 and h1314 read: a club newsletter's table after a parkrun "the day before", and a team selection's bests).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-eleventh held-out set', loadHeldOut(111), {
  articles: 12,
  f1: 0.943,
  statedDates: 31,
  rightDates: 26,
});
