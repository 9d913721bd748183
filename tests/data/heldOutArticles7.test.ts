/**
 * The seventh held-out set (tests/fixtures/heldout-7): twelve reports written from briefs by writers
 * who had not read the extractor (an AP-style world indoor 3000m with splits, a national 100m photo
 * finish timed to thousandths, a Diamond League 1500m with a pacemaker and a pasted results list, a
 * city marathon with both races, a season preview that recalls past finals, a university release on
 * an NCAA 800m sequence, an Indian outlet's Commonwealth steeplechase, a live blog of two European
 * finals, an interview recalling past races, World Championships 800m rounds told by weekday, an Asian
 * Games 10,000m with a fall and lapped runners, a column on a 200m rivalry told out of order), added
 * once the sixth set had been worked on. The first pass over them scored F1 0.76 (11 of 22 dates);
 * the floors below guard what the general fixes since then reached. The 0.9 is the target.
 */
import { loadHeldOut } from '../helpers/corpus';
import { describeHeldOutSet } from '../helpers/heldOutSuite';

describeHeldOutSet('the seventh held-out set', loadHeldOut(7), {
  articles: 12,
  f1: 0.982,
  statedDates: 22,
  rightDates: 20,
});
