/**
 * The fifty-sixth held-out set (tests/fixtures/heldout-56): twelve race reports written from a brief by
 * a writer who had not read the extractor, leaning towards wires and newspaper reports on championship races with their rounds and past editions (a world 100m to the thousandth with its semi-finals and a women's 10,000m, Olympic 400m hurdles with 800m semi-finals, a broadsheet on the European indoors, a fixed-width Kenyan championships sheet, a reverse-order Commonwealth live blog, a translated Ibero-American report, a Jamaican trials release, an AFP African championships report, a fan blog on an NCAA indoor mile, a world indoor preview, a comma-run Asian championships notice, and an Ethiopian marathon selection story). Written at the start of the session
 * and scored once with the session's starting code: F1 0.812 (P 0.911, R 0.732), 26 of 39 dates; scored again, unread, once that
 * session's fixes from sets 51, 53 and 54 were in: the same. The floor went from 0.830 to 0.829 in the
 * session of set 130: "was a distant fourth over 60m hurdles at the Millrose Games" (h654) is now
 * read as a place, in the right meeting and event, but that race is merged with the men's 400m at the
 * same meeting, so the scorer counts it as spurious.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the fifty-sixth held-out set', loadHeldOut(56), {
  articles: 12,
  f1: 0.829,
  statedDates: 39,
  rightDates: 26,
});
