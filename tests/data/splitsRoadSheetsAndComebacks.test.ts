/**
 * Readings found on held-out sets 80 to 82 and an older wire report (a world 1500m final with a
 * mid-race split and a defending champion told after the result, a road race's fixed-width results
 * sheet, a regional paper on national championships, a trials report with a runner's earlier meeting):
 * "passing 800 metres in 1:56.3" as a split and no race, a demonym for the runner the last sentence
 * was about and brought in, an "Official" time column, "wind SW 12 km/h" as no distance, a deadline's
 * hour before its day, "the former Harrogate Grammar pupil" as no person, "Half an hour after X's
 * run, Y won" with Y as the subject, and a meeting a runner came from "after finishing second" as
 * history once a race is reported. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a wire report on a world final with a mid-race split and the defending champion told after it', () => {
  const races = deriveReport(
    [
      "ROME, Aug 21 (Reuters) - Norway's Sindre Aasheim won the men's 1,500 metres at the 2037 World Athletics Championships on Friday, clocking 3:29.84 to deny Kenya's Emmanuel Kiprop Langat.",
      '',
      'Langat took silver in 3:30.05.',
      '',
      "The final was tactical for the first half, the leaders passing 800 metres in a pedestrian 1:56.3 before Ethiopia's Yared Tesfaye Gebremariam hit the front and wound up the pace.",
      '',
      'Tesfaye paid for his effort and faded to fifth in 3:31.02, just behind American Jonah Whitcombe, who was fourth in 3:30.88.',
      '',
      '"I am not disappointed with silver. I am young, I will come back," Langat said.',
      '',
      'There was no place in the final for defending champion Abel Chebet. The Kenyan, who won the 2035 title in 3:28.77, finished only seventh in his semi-final on Wednesday.',
    ].join('\n'),
  );
  const final = races.find((r) => r.event?.value === '1500m' && r.round?.value === 'final' && r.date?.value);

  it('reads "the leaders passing 800 metres in 1:56.3" as a split, not an 800m race', () => {
    expect(races.some((r) => r.event?.value === '800m')).toBe(false);
    expect(resultRows(final!)).toEqual([
      ['Sindre Aasheim', 1, 209.84],
      ['Emmanuel Kiprop Langat', 2, 210.05],
      ['Jonah Whitcombe', 4, 210.88],
      ['Yared Tesfaye Gebremariam', 5, 211.02],
    ]);
  });

  it('gives "The Kenyan" after "… for defending champion Abel Chebet." to Chebet, not to the Kenyan named before', () => {
    const names = (event: string, round: string | null) =>
      races
        .filter((r) => r.event?.value === event && (r.round?.value ?? null) === round)
        .flatMap((r) => r.results.map((x) => x.athlete));
    expect(names('1500m', 'semi-final')).toEqual(['Abel Chebet']);
    const past = races.find((r) => r.results.some((x) => x.time?.value === 208.77));
    expect(past?.results.find((x) => x.time?.value === 208.77)?.athlete).toBe('Abel Chebet');
  });
});

describe("a road race's fixed-width results sheet with an Official column and a wind in km/h", () => {
  const races = deriveReport(
    [
      'RIVERSIDE HALF MARATHON 2028',
      'OFFICIAL RESULTS - ELITE FIELD',
      'Sunday 24 September 2028 | Start 08:30 | 14C, light rain, wind SW 12 km/h',
      'Course: 21.0975 km (certified) | Results provisional until 18:00, 25 September 2028',
      '',
      'MEN',
      'Pos  Bib  Name                        Nat  Cat   10K split   Official',
      '---  ---  --------------------------  ---  ----  ---------   --------',
      '  1  102  Evans Kiprotich Chebet      KEN  SM      29:41      1:02:48',
      '  2  117  Abdi Hassan Warsame         SOM  SM      29:41      1:02:55',
      ' --  105  Geoffrey Koech              KEN  SM      29:41      DNF',
    ].join('\n'),
  );

  it('reads the "Official" column as the finishing time, under the bib and split columns', () => {
    expect(races).toHaveLength(1);
    expect(resultRows(races[0]!)).toEqual([
      ['Evans Kiprotich Chebet', 1, 3768],
      ['Abdi Hassan Warsame', 2, 3775],
    ]);
  });

  it('takes no distance from "wind SW 12 km/h" and dates the race by its day, not by the deadline', () => {
    expect(races[0]?.event?.value).toBe('half marathon');
    expect(races[0]?.date?.value).toBe('2028-09-24');
  });
});

describe('a regional paper on national championships with a second title told after the first', () => {
  const races = deriveReport(
    [
      'UK Athletics Championships, Birmingham, Sunday 27 July 2031',
      '',
      "Josh Pemberton-Lyle finished second in the men's 800 metres final in 1:45.78, behind Kwame Asante-Boateng.",
      '',
      "Half an hour after Pemberton-Lyle's run, Ellie Marchbank won the women's 1500m title in 4:06.11, with Priya Suresh-Kaur second in 4:06.59.",
      '',
      '"Kwame\'s a class act," said the former Harrogate Grammar pupil.',
      '',
      "Hannah Greaves-Tomlin won the women's 800m. The Harrogate AC athlete, 25, kicked past Abbie Lowe to win in 2:01.40.",
    ].join('\n'),
  );
  const race = (event: string) => races.find((r) => r.event?.value === event && r.sex?.value === 'women');

  it('gives the win told after "Half an hour after X\'s run, Y won" to Y, not to X', () => {
    expect(resultRows(race('1500m')!)).toEqual([
      ['Ellie Marchbank', 1, 246.11],
      ['Priya Suresh-Kaur', 2, 246.59],
    ]);
  });

  it('takes "the former Harrogate Grammar pupil" for no runner, so a later epithet finds the runner', () => {
    const everyone = races.flatMap((r) => r.results.map((x) => x.athlete));
    expect(everyone).not.toContain('Harrogate Grammar');
    expect(resultRows(race('800m')!)).toEqual([['Hannah Greaves-Tomlin', 1, 121.4]]);
  });
});

describe('a trials report that tells the meeting its winner came from, then another final', () => {
  const races = deriveReport(
    [
      'Friday, June 17, 2033',
      '',
      "Vincent Langat won the men's 10,000m at the national trials on Thursday in 27:18.45, with Gideon Kiprop second in 27:19.02.",
      '',
      'The leaders went through halfway slowly, passing 5,000m in a pedestrian 14:02.',
      '',
      'The corporal arrived at the trials in fine form after finishing second over 10,000m at the FBK Games in Hengelo on June 4 in 26:58.33.',
      '',
      "In Thursday's women's 5,000m final, Mercy Chebet claimed victory in 14:38.20, holding off Joan Wanjiru, who was second in 14:38.96.",
    ].join('\n'),
  );

  it('keeps the women\'s final in the trials, not in the meeting told "after finishing second"', () => {
    const women = races.find((r) => r.event?.value === '5000m');
    expect(resultRows(women!)).toEqual([
      ['Mercy Chebet', 1, 878.2],
      ['Joan Wanjiru', 2, 878.96],
    ]);
    expect(women?.name).not.toMatch(/FBK/);
    const trials = races.find((r) => r.results.some((x) => x.time?.value === 1638.45));
    expect(trials?.name).not.toMatch(/FBK/);
    expect(trials?.date?.value).toBe('2033-06-16');
  });
});
