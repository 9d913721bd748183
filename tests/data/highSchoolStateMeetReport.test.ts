/**
 * A high-school state meet report: class years and schools around names ("Riverton senior Maya
 * Osei", "Sophomore Leo Tran"), an age written as a word ("Fifteen-year-old"), last year's race told
 * without its name, a rival's win at another meeting in a relative clause, and a split told as a
 * round figure. Invented runners, schools and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Osei finally gets her state title\n\nPublished Sunday, May 24, 2026\n\n' +
  'Maya Osei had been dreaming about the girls 1,600 for a whole year. ' +
  "The Riverton senior finished fourth in the event at last year's state meet after a fall on the last lap.\n\n" +
  'On Saturday she won the girls 1,600 in 4:52.10, ahead of junior Tess Halloran (Brookfield), who was second in 4:53.44, and sophomore Ana Ruiz (Westlake) was third in 4:55.02.\n\n' +
  'Coach Dan Pryor said the plan was to sit in until the pack went through the first 800 in a little over 2:30.\n\n' +
  'Fifteen-year-old Kira Dunn (Westlake) was fifth in 4:58.71.\n\n' +
  'The boys 3,200 came down to the last lap. ' +
  'Sophomore Leo Tran (Riverton) won in 9:12.30. ' +
  'Eli Park, who had beaten Tran at the Lakeside Invitational in April, was second in 9:13.05. ' +
  'Brookfield senior Owen Marsh took third in 9:15.88.';

const races = () => deriveReport(text);

describe('a high-school state meet report', () => {
  it('reads names without the class year or the age word before them, and a school before a class year as no one', () => {
    const athletes = races().flatMap((r) => r.results.map((x) => x.athlete));
    expect(athletes).toEqual(expect.arrayContaining(['Leo Tran', 'Kira Dunn', 'Owen Marsh']));
    expect(athletes.some((a) => /Sophomore|Fifteen|Brookfield|Riverton|Pryor/.test(a))).toBe(false);
  });

  it('splits "…, and sophomore Ana Ruiz was third" from the runner-up before it', () => {
    const girls = races().find((r) =>
      r.results.some((x) => x.athlete === 'Maya Osei' && x.place?.value === 1),
    );
    expect(girls && resultRows(girls)).toEqual([
      ['Maya Osei', 1, 292.1],
      ['Tess Halloran', 2, 293.44],
      ['Ana Ruiz', 3, 295.02],
      ['Kira Dunn', 5, 298.71],
    ]);
  });

  it("puts last year's place in a past race of the same event, not in this year's race", () => {
    const past = races().find((r) =>
      r.results.some((x) => x.athlete === 'Maya Osei' && x.place?.value === 4),
    );
    expect(past).toBeDefined();
    expect(past && resultRows(past)).toEqual([['Maya Osei', 4, null]]);
  });

  it('keeps a meeting told in a relative clause about an earlier win out of the race in hand', () => {
    const boys = races().find((r) => r.results.some((x) => x.athlete === 'Leo Tran'));
    expect(boys?.name).not.toMatch(/Lakeside/);
    expect(boys && resultRows(boys)).toEqual([
      ['Leo Tran', 1, 552.3],
      ['Eli Park', 2, 553.05],
      ['Owen Marsh', 3, 555.88],
    ]);
  });
});
