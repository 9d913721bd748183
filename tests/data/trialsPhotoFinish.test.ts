/**
 * A trials 800m told place by place in prose: "held on to complete the podium", "crossed fourth",
 * and a coach's "three men who can all run 1:43" that is no result. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a trials final told place by place', () => {
  const races = deriveReport(
    "Josphat Kimeli won the men's 800m final at the trials in 1:43.918, with Amos Rotich second in 1:43.921. " +
      'Daniel Lomuria held on to complete the podium in 1:44.60. It was a cruel evening for Brian Mutai, who crossed fourth in 1:44.71.\n\n' +
      '"We have three men who can all run 1:42 on a good day," said the head coach.',
  );

  it('reads "to complete the podium" as third and "crossed fourth" as fourth, and no time from "can all run"', () => {
    expect(races.map(resultRows)).toEqual([
      [
        ['Josphat Kimeli', 1, 103.918],
        ['Amos Rotich', 2, 103.921],
        ['Daniel Lomuria', 3, 104.6],
        ['Brian Mutai', 4, 104.71],
      ],
    ]);
  });

  it('does not read "who had crossed fourth" before a promotion as the place', () => {
    const [race] = deriveReport(
      "Pierre Laval won the men's 400m hurdles final in 47.90. The disqualification promoted Cian Moran, who had crossed fourth, to the bronze medal in 48.39.",
    );
    expect(race?.results.find((r) => r.athlete === 'Cian Moran')?.place?.value).toBe(3);
  });
});

describe('a trials report told from the moment the result came up', () => {
  const races = deriveReport(
    'NAIROBI, Saturday June 19, 2032 - It took the photo-finish judges three minutes to separate them.\n\n' +
      "When the result finally flashed up, Josphat Kimeli had won the men's 800m final at the Kenyan Olympic trials in 1:43.918.\n\n" +
      "The trials also produced a surprise in the women's 1500m final, where teenager Mercy Wanjiru won in 4:01.37.\n\n" +
      'The Olympic team departs for its pre-games camp in Japan on July 10.',
  );

  it('reads the race the report is on, not history, in "when the result flashed up, Kimeli had won …"', () => {
    expect(races.map((r) => [r.name, r.date?.value ?? null, resultRows(r)])).toEqual([
      ["Kenyan Olympic Trials 2032 – Men's 800m final", '2032-06-19', [['Josphat Kimeli', 1, 103.918]]],
      ["Kenyan Olympic Trials 2032 – Women's 1500m final", '2032-06-19', [['Mercy Wanjiru', 1, 241.37]]],
    ]);
  });
});
