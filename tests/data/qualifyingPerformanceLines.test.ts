/**
 * A selection story's team list, one line per runner with the qualifying performance: "400m – Kai
 * Fonoti (NSW): 44.71, 1st, Australian Championships, Perth, 10 April 2039". Such a line of data is
 * no headline, whatever its capitals; its event goes with the meeting it names after the result, and
 * the place set after the time is the runner's. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { isHeadline } from '../../src/data/splitSentences';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a selection story's lines of qualifying performances", () => {
  const races = deriveReport(
    'Athletics Australia names first four for 2039 World Championships\n\n' +
      'Tuesday 21 June 2039\n\n' +
      "Athletics Australia has named the first four athletes for this year's World Championships.\n\n" +
      'Men\n' +
      '400m – Kai Fonoti (NSW): 44.71, 1st, Australian Championships, Perth, 10 April 2039\n' +
      "1500m – Liam O'Connell (Qld): 3:31.84, 2nd, Bislett Games, Oslo, 9 June 2039\n" +
      'Marathon – Tane Whitford (WA): 2:07:41, 5th, Seoul Marathon, 20 March 2039',
  );
  const byRunner = (name: string) => races.find((r) => r.results.some((x) => x.athlete === name));

  it('reads a line of a time and then a place as data, not a headline', () => {
    expect(
      isHeadline('400m – Kai Fonoti (NSW): 44.71, 1st, Australian Championships, Perth, 10 April 2039'),
    ).toBe(false);
    expect(isHeadline('Fonoti storms to 44.71 in Perth')).toBe(true);
  });

  it("gives each runner the place set after the time, in the line's own race and date", () => {
    expect(resultRows(byRunner('Kai Fonoti')!)).toEqual([['Kai Fonoti', 1, 44.71]]);
    expect(byRunner('Kai Fonoti')?.date?.value).toBe('2039-04-10');
    expect(resultRows(byRunner("Liam O'Connell")!)).toEqual([["Liam O'Connell", 2, 211.84]]);
    expect(byRunner("Liam O'Connell")?.date?.value).toBe('2039-06-09');
    expect(resultRows(byRunner('Tane Whitford')!)).toEqual([['Tane Whitford', 5, 7661]]);
  });

  it('keeps runners of different meetings in different races', () => {
    expect(new Set(races.filter((r) => r.results.length > 0).map((r) => r.id)).size).toBe(3);
  });
});
