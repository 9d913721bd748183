/**
 * The ninetieth held-out set (tests/fixtures/heldout-90): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV, radio, podcast, federation and club pieces, meetings, road races and cross country (a TV commentary on a Rome 100m, a Berlin Marathon podcast, a Welsh cross-country federation post with a fixed-width table, a Cork club newsletter with numbered lines, a Tallinn indoor pipe table, a radio piece from Castellón, a Ugandan federation release with a tab-separated table of both races, a podcast on Oslo and Stockholm, a European 10,000m TV transcript, a club post on the World Cross, a Doha preview with no race, and an Amsterdam Marathon broadcast recap). Written at the start of the session
 * and scored once with the session's starting code: F1 0.800 (P 0.859, R 0.748), 15 of 23 dates; F1 0.903, 18 of 23 dates once that session's fixes were in (h1056, h1059, h1063 and h1064 read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the ninetieth held-out set', loadHeldOut(90), {
  articles: 12,
  f1: 0.927,
  statedDates: 23,
  rightDates: 20,
});
