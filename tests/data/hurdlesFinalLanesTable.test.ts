/**
 * A national 400m hurdles final with a subheadline on World Championships tickets, the day told
 * before any race ("On Saturday night at the National Stadium, …"), "Jamaican 400m hurdling" as a
 * discipline, and a results table with lanes and reaction times. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT =
  'THE KINGSTON HERALD\nSunday, June 26, 2033\n\n' +
  'Lane-five run of 47.62 seals national crown; Barrett, Fairweather book World Championships tickets\n\n' +
  'Jordan Whitter has spent three seasons being told he was the future of Jamaican 400m hurdling. ' +
  'On Saturday night at the National Stadium, the future arrived.\n\n' +
  "The 24-year-old won the men's 400m hurdles final at the National Senior Championships in 47.62.\n\n" +
  "MEN'S 400m HURDLES FINAL\n" +
  'Pos - Athlete (Lane) - Reaction - Time\n' +
  '1 - Jordan Whitter (5) - 0.148 - 47.62\n' +
  '2 - Ruel Barrett (4) - 0.131 - 48.05\n' +
  '3 - Okeil Fairweather (3) - 0.155 - 48.31\n';

describe('a national hurdles final with a lanes and reactions table', () => {
  const races = deriveReport(REPORT);

  it('reads the table by place and time, not the reaction time, and names the meeting, not the World Championships', () => {
    expect(races.map((r) => [r.name, r.date?.value ?? null, resultRows(r)])).toEqual([
      [
        "National Senior Championships 2033 – Men's 400m hurdles final",
        '2033-06-25',
        [
          ['Jordan Whitter', 1, 47.62],
          ['Ruel Barrett', 2, 48.05],
          ['Okeil Fairweather', 3, 48.31],
        ],
      ],
    ]);
  });
});
