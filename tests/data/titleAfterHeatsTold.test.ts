/**
 * A regional paper on a national championships: a runner "came through Friday's heats" before the
 * final is told, and "took the title in 55.48" is the final's winner and her time, as the medallists'
 * times after it are. "The 24-year-old Eastfield Harrier" is a club's runner, not a person named
 * Harrier, "The 21-year-old" is not him, and "clocking 13:22.07 behind Marwood" is his own time, not
 * a gap. Invented runners, clubs and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'THE COASTAL ECHO',
  'Monday, July 1, 2030',
  '',
  'Dale Pennick came within a stride of a first national title at the 2030 National Athletics Championships in Leeds.',
  '',
  "The 24-year-old Eastfield Harrier finished second in the men's 5,000m final on Saturday, June 29, clocking 13:22.07 behind Elliot Marwood, who won in 13:21.40.",
  '',
  "There was also a brave run from Rowan Tate, who missed the podium in fourth in the women's 400m hurdles final on Sunday, June 30.",
  '',
  "The 21-year-old came through Friday's heats comfortably and was in contention off the final bend.",
  '',
  'Kirsty Galloway took the title in 55.48, with Bethan Moore taking silver in 55.92 and Amira Salt bronze in 56.30.',
].join('\n');

describe('a championship final told after its heats', () => {
  const races = deriveReport(REPORT);
  const final = races.find((r) => r.name.includes("Women's 400m hurdles final"));

  it("gives the title's winner and the medallists' times to the final", () => {
    expect(final && resultRows(final)).toEqual([
      ['Kirsty Galloway', 1, 55.48],
      ['Bethan Moore', 2, 55.92],
      ['Amira Salt', 3, 56.3],
      ['Rowan Tate', 4, null],
    ]);
  });

  it('leaves no time of the final in the heats', () => {
    const heats = races.filter((r) => r.name.includes('heat'));
    expect(heats.flatMap((r) => r.results.filter((x) => x.time !== null))).toEqual([]);
  });

  it("reads a club's runner as no person, and a time told before 'behind' as the runner's own", () => {
    const men = races.find((r) => r.name.includes("Men's 5000m final"));
    expect(men && resultRows(men)).toEqual([
      ['Elliot Marwood', 1, 801.4],
      ['Dale Pennick', 2, 802.07],
    ]);
  });
});
