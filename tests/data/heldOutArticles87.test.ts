/**
 * The eighty-seventh held-out set (tests/fixtures/heldout-87): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV and radio, podcast, federation and club pieces, meetings and road races (a TV commentary transcript of an Oslo 800m, a podcast's notes on a city marathon, a federation's national cross-country post with fixed-width tables, a club newsletter's 10K with numbered results and clubs between commas, a radio site's indoor meeting story, a meeting's press release with pipe tables, a federation's half-marathon team selection, a podcast transcript of a Golden Gala steeplechase and 5000m, a club's tab-separated 5K results, a newest-first TV live blog of the world cross country, a club post on a new coach with no race, and a radio commentary of a mile and a 400m hurdles). Written at the start of the session
 * and scored once with the session's starting code: F1 0.721 (P 0.828, R 0.640), 14 of 24 dates; F1 0.845, 16 of 24 dates once that session's fixes were in (h1019, h1020, h1023 and h1027 read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the eighty-seventh held-out set', loadHeldOut(87), {
  articles: 12,
  f1: 0.898,
  statedDates: 24,
  rightDates: 18,
});
