/**
 * The twenty-eighth held-out set (tests/fixtures/heldout-28): twelve race reports written from a
 * brief by a writer who had not read the extractor (a wire world indoor 1500m, a local paper on county
 * schools, a marathon major with a line of splits per checkpoint, a Diamond League 400m hurdles photo
 * finish, a student blog on a relays meet, national 10,000m championships, a translated Polish 110m
 * hurdles final, a radio website's 5K and 10-mile round-up, Olympic steeplechase heats, a Kenyan
 * paper's Commonwealth 5000m, a feature on a retiring 800m runner, and a doping story). Written late
 * in the session and scored once before anyone read it, after the session's other fixes: F1 0.824
 * (P 0.880, R 0.775), 11 of 16 dates — exactly what the session's starting code scores, so none of
 * the session's earlier fixes carried over to it. Fixes found on reading it took it to the floors
 * below.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the twenty-eighth held-out set', loadHeldOut(28), {
  articles: 12,
  f1: 0.928,
  statedDates: 16,
  rightDates: 14,
});
