/**
 * The hundred-and-fourteenth held-out set (tests/fixtures/heldout-114): twelve race reports written from a brief by
 * a writer who had not read the extractor: TV and radio commentary, podcasts, federation and club news, one-day meetings, road races and cross country (a Valletta 1500m TV transcript, a Graz radio write-up in thousandths, a Reims indoor podcast with show notes, a club 10K newsletter with bib, club and age-group columns, a Norwegian cross-country release with pipe tables, a Ferrara half-marathon notice with tab-separated tables, a radio programme on altitude training with no race, a Wellington marathon on a TV website, a newest-first Nairobi Diamond League live blog, Tartu indoor results as numbered lines, a translated Spanish cross-country report, and an Indian selection release). Written at the start of the session
 * and scored once with the session's starting code: F1 0.830 (P 0.849, R 0.813), 22 of 34 dates; F1 0.848, 22 of 34 dates once that session's fixes were in (h1343 read: a podcast's show notes in sentence case).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-fourteenth held-out set', loadHeldOut(114), {
  articles: 12,
  f1: 0.9,
  statedDates: 34,
  rightDates: 23,
});
