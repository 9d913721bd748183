/**
 * A university release following one runner through the rounds of a national collegiate
 * championship: the meeting's name has "&" and "Division I" in it, the first round is a meeting of
 * its own, and a sentence that opens on the championship's city moves the report back there.
 * Invented runner, school and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const release =
  'Lindqvist Fourth in NCAA 800m Final\n\n' +
  'AMES, Iowa – Redshirt junior Maja Lindqvist placed fourth in the women’s 800 meters at the 2025 NCAA ' +
  'Division I Outdoor Track & Field Championships at Hayward Field in Eugene, Ore.\n\n' +
  'Lindqvist booked her spot at the NCAA East First Round in Jacksonville, Fla., where she finished ' +
  'second in her quarterfinal heat on Thursday, May 29, clocking 2:02.15.\n\n' +
  'In Eugene, Lindqvist ran a patient race in the semifinal on Thursday, June 12. She finished third in ' +
  'her heat in 2:01.44.\n\n' +
  "Two days later in Saturday's final, Lindqvist took fourth in 2:00.38. Junior Ada Bell won the " +
  'national title in 1:59.72.';

describe('a university release on a runner’s championship rounds', () => {
  const races = deriveReport(release);

  it('names the championship in full and keeps the first round a meeting of its own', () => {
    expect(races.map((r) => [r.name, r.date?.value ?? null])).toEqual([
      [expect.stringMatching(/^NCAA East First Round 2025/), '2025-05-29'],
      [
        expect.stringMatching(/^NCAA Division I Outdoor Track & Field Championships 2025 .*semi-final/),
        '2025-06-12',
      ],
      [
        expect.stringMatching(/^NCAA Division I Outdoor Track & Field Championships 2025 .*final/),
        '2025-06-14',
      ],
    ]);
  });

  it('reads each round’s place and time in its own race', () => {
    expect(races.map(resultRows)).toEqual([
      [['Maja Lindqvist', 2, 122.15]],
      [['Maja Lindqvist', 3, 121.44]],
      [
        ['Ada Bell', 1, 119.72],
        ['Maja Lindqvist', 4, 120.38],
      ],
    ]);
  });
});

describe('a race with lapped runners, told at a named stadium', () => {
  it('takes no stadium for a runner and reads "the last of the 15 finishers" as fifteenth', () => {
    const text =
      'Sato wins\n\nOn a sticky evening at Paloma Mizuho Stadium, Japan’s Kaho Sato won the women’s 10,000m ' +
      "final at the 2026 Asian Games in 31:02.47. Mongolia's Bolor Ganbat, lapped twice, was the last of the " +
      '15 finishers.';
    const [race] = deriveReport(text);
    expect(race && resultRows(race)).toEqual([
      ['Kaho Sato', 1, 1862.47],
      ['Bolor Ganbat', 15, null],
    ]);
  });
});
