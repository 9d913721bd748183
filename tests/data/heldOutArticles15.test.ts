/**
 * The fifteenth held-out set (tests/fixtures/heldout-15): twelve race reports written from a brief
 * by a writer who had not read the extractor (a Reuters Commonwealth Games 1500m with its heats, a
 * New Zealand paper's national road 10K, a Kenyan paper's world trials 10,000m with service-team
 * affiliations, a broadcaster's live page of a European indoor 60m hurdles evening told newest
 * first, a university release on an NCAA regional 800m, a blogger's half marathon, a Diamond League
 * round-up of four events, a magazine feature on a marathoner's career, a weekend round-up of three
 * meetings, a Japanese outlet's 10,000m with family names first, a profile of a world silver
 * medallist, and a postponed marathon recalling past winners). It was scored once, at the end of
 * this session's work on the fifth and fourteenth sets and before anyone read it: F1 0.757 (P 0.829,
 * R 0.697), 16 of 33 dates; the session's starting code scores 0.739, 16 of 33. Two fixes found on
 * reading it ("came within a stride of a famous home victory" is no win; "the Briton edged her out in
 * 1:57.03 to 1:57.40" gives the first time to the clause's subject) took it to 0.775, and the day
 * told of a meeting given to its men's and women's races, with no meeting called "Through 10K", to
 * 18 of 33 dates. The next session's fixes for the sixteenth set (runners named by their clubs, a medal
 * told while a heat is in hand goes to the final) and the seventeenth (a family name written first in
 * capitals, "TANAKA Sota", is Sota Tanaka; the scorer pairs such names in either order) took it to
 * 0.810, and numbered rounds in words ("Heat two", "SEMI-FINAL THREE") to 0.864 with 21 dates; the
 * floors hold those.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the fifteenth held-out set', loadHeldOut(15), {
  articles: 12,
  f1: 0.924,
  statedDates: 33,
  rightDates: 25,
});
