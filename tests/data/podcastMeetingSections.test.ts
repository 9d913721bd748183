/**
 * A podcast's show notes on a one-day meeting: the meeting named in a sentence that also calls a
 * guest a "former Olympic steeplechaser-turned-commentator" (a person, no past race), then sections
 * headed "THE DREAM MILE" (that meeting's mile, not a meeting of its own) and "MEN'S 5000"; "Next
 * episode drops Friday" is no race day; "dragging home X to a national record … in second" places X.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const NOTES = [
  'THE FINAL STRAIGHT — Episode 212',
  'Show notes & recap | posted June 14, 2036 | 58 min',
  '',
  "This week Priya and Gus are joined by former Olympic steeplechaser-turned-commentator Eamon Gallagher to pick through Thursday night's Bislett Games in Oslo (that's June 12, for the calendar-keepers).",
  '',
  '[02:10] THE DREAM MILE',
  "Kenya's Brian Rotich won in 3:46.02, a meeting record, dragging home favourite Sindre Haugen to a Norwegian record of 3:46.30 in second.",
  '',
  "[26:30] MEN'S 5000",
  "Ethiopia's Yomif Getachew won in 12:51.33.",
  '',
  'Next episode drops Friday. Subscribe, rate, and tell a friend.',
].join('\n');

describe("a podcast's sections on one meeting", () => {
  const races = deriveReport(NOTES);

  // (The guest called a former Olympic steeplechaser leaves the meeting in hand, so its mile is dated.)
  it("reads the Dream Mile as the meeting's mile, dated with it", () => {
    const mile = races.find((r) => r.event?.value === 'mile');
    expect(mile?.name).toMatch(/Oslo/);
    expect(mile?.date?.value).toBe('2036-06-12');
    expect(mile && resultRows(mile).map(([name, place]) => [name, place])).toEqual([
      ['Brian Rotich', 1],
      ['Sindre Haugen', 2],
    ]);
  });

  it('dates the 5000m with the meeting, not from the next episode', () => {
    const five = races.find((r) => r.event?.value === '5000m');
    expect(five && resultRows(five)).toEqual([['Yomif Getachew', 1, 771.33]]);
    expect(five?.date?.value).toBe('2036-06-12');
  });
});
