/**
 * A federation's cross-country release: "four laps of 2km" is the length of a lap, not the race
 * (so the 26:41 of the 8km race is kept), and "the British quartet scored 29 points to take team gold"
 * or "the men's team took silver" is a team's medal, no runner's place; "completed a memorable night
 * for the team by winning bronze" is still the runner's. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const RELEASE = [
  'PRESS RELEASE',
  'British Athletics | Sunday 9 December 2035',
  '',
  'Great Britain retained the European Cross Country team title in Kaunas today.',
  '',
  "On a heavy course of four laps of 2km, Germany's Lea Brandt broke clear to win the senior women's race in 26:41. Turkey's Derya Aydin was second in 26:49.",
  '',
  'With Megan Trelawny third and Beth Carrow 12th, the British quartet scored 29 points to take team gold.',
  '',
  "In the senior men's race over 10km, Norway's Eirik Solbakken won in 29:12. Owen Pritchard was the first British finisher in fifth, and the men's team took silver. Dennis Kibet completed a fine day for the team by winning bronze in 29:19.",
].join('\n');

describe('a cross-country release with team medals and the length of a lap', () => {
  const races = deriveReport(RELEASE);
  const bySex = (sex: string) => races.find((r) => r.name.includes(sex));

  it("keeps the women's times, and gives no runner the team's gold", () => {
    expect(resultRows(bySex("Women's")!)).toEqual([
      ['Lea Brandt', 1, 1601],
      ['Derya Aydin', 2, 1609],
      ['Megan Trelawny', 3, null],
      ['Beth Carrow', 12, null],
    ]);
  });

  it("gives the men's team silver to no runner, and the bronze won for the team to its runner", () => {
    expect(resultRows(bySex("Men's")!)).toEqual([
      ['Eirik Solbakken', 1, 1752],
      ['Dennis Kibet', 3, 1759],
      ['Owen Pritchard', 5, null],
    ]);
  });
});
