/**
 * The hundred-and-eighth held-out set (tests/fixtures/heldout-108): twelve race reports written from a brief by
 * a writer who had not read the extractor: broadcast transcripts and summaries, podcasts, federation and club posts, one-day meetings, road races and cross country (a Bislett Games TV commentary, a Berlin Marathon podcast, a national cross country release with fixed-width tables, a club 10K newsletter with a bib column, a radio transcript of an indoor hurdles meeting, an Ostrava press release with pipe tables, a Copenhagen Half release with numbered lines, a podcast on a Paris steeplechase, a European cross country report with tab-separated tables, a club post on a new coach with no race, a local TV marathon report and a Millrose Games radio recap). Written at the start of the session
 * and scored once with the session's starting code: F1 0.892 (P 0.929, R 0.860), 24 of 31 dates; the same once that session's fixes were in (none of its reports was read).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the hundred-and-eighth held-out set', loadHeldOut(108), {
  articles: 12,
  f1: 0.904,
  statedDates: 31,
  rightDates: 24,
});
