/**
 * Readings found on held-out set 71 (wire and newspaper reports on championship rounds): a
 * Caribbean newspaper's national 100m finals, where the men's final is first told only "minutes
 * before" it was run, its winner is "he", and a runner carries a nickname of initials in single
 * quotes ("Orlando 'O.J.' Bennett"); then "In the women's 100m final" opens the women's race.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a newspaper report on a national championships' two 100m finals", () => {
  const races = deriveReport(
    [
      'BAPTISTE ANSWERS CRITICS WITH NATIONAL 100M CROWN',
      '',
      'Saturday, June 28, 2036',
      '',
      "There was a moment, about five minutes before the men's 100 metres final of the National Senior Championships last night, when Rohan Baptiste sat alone behind the blocks. He had made up his mind.",
      '',
      "Baptiste ran 9.87 to take the title ahead of Andre Powell, who clocked 9.91. Orlando 'O.J.' Bennett was fourth in 9.98.",
      '',
      "In the women's 100m final, Shanique Reid won in 10.86, with Tia Lawrence second in 10.93.",
    ].join('\n'),
  );
  const ofSex = (sex: string) => races.find((r) => r.sex?.value === sex);

  it('keeps a race whose runners the report calls "he" apart from the women\'s race named after it', () => {
    const women = ofSex('women');
    expect(women && resultRows(women)).toEqual([
      ['Shanique Reid', 1, 10.86],
      ['Tia Lawrence', 2, 10.93],
    ]);
    expect(ofSex('men')?.results.map((r) => r.athlete)).toContain('Rohan Baptiste');
  });

  it("reads a name with a nickname of initials in single quotes as the runner's first name and surname", () => {
    const men = ofSex('men');
    expect(men && resultRows(men)).toContainEqual(['Orlando Bennett', 4, 9.98]);
  });
});
