/**
 * The seventy-ninth held-out set (tests/fixtures/heldout-79): twelve race reports written from a brief by
 * a writer who had not read the extractor: blogs, live blogs, features, reviews, previews and stories that tell results in passing (a newest-first European championships live blog, a fan blog's five things from Bislett, a marathoner's profile, an 800m season review, a meeting preview, an injury story, a selection story, a doping story, a feature on a marathon's new course with no race, an oldest-first marathon live blog, a college conference fan blog, and a steeplechaser's profile). Written at the start of the session
 * and scored once with the session's starting code: F1 0.743 (P 0.867, R 0.650), 10 of 24 dates; F1 0.776, 10 of 24 dates (h931 read) once that session's fixes were in.
 * The floor went from 0.812 to 0.809 in the session of set 130: "he was fourth over 5000m at the
 * 2030 Commonwealth Games" (h927) is now read as a place in those Games, but the women's 5000m of the
 * same Games is merged into that race, so the scorer counts it as spurious.
 * It went from 0.812 to 0.806 in the session of set 139: a sentence that names one runner only by
 * surname ("It is not the first time injury has interrupted Okonkwo's progress") now makes that runner
 * the subject, which puts set 73's "he" right (h854) but sends h926's "cost him" to the runner named
 * before, and "He returned … in second place" with it (an object pronoun after "his" is still read as
 * another runner than the sentence's subject).
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the seventy-ninth held-out set', loadHeldOut(79), {
  articles: 12,
  f1: 0.806,
  statedDates: 24,
  rightDates: 11,
});
