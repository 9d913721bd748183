/**
 * The hundred-and-seventeenth held-out set (tests/fixtures/heldout-117): twelve race reports written from a brief by
 * a writer who had not read the extractor: broadcast, podcasts, federation and club posts, one-day meetings, road and cross country, and a piece with no race (a TV transcript of a Diamond League steeplechase with a results graphic of surnames in capitals, a local radio piece on an indoor tour meeting, a podcast's show notes and transcript of a half marathon, a club newsletter's fixed-width 10K tables, a federation's cross-country pipe tables, a feature on pacemakers with no race, an organisers' tab-separated results notice, a translated Brazilian marathon report, a road-mile live blog, an AFP wire on a 5000m and 800m, a club post of numbered lines with age categories, and a TV highlights page of a two-night meeting). Written at the start of the session
 * and scored once with the session's starting code: F1 0.768 (P 0.859, R 0.694), 20 of 29 dates; F1 0.892, 22 of 29 dates once that session's fixes were in (h1377's graphic, h1379's results after "Women —", h1387's numbered lines and race headings).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-seventeenth held-out set', loadHeldOut(117), {
  articles: 12,
  f1: 0.91,
  statedDates: 29,
  rightDates: 22,
});
