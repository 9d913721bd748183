/**
 * A translated French report writes times as 3'29''87 and 53''41 (minutes ' seconds '' hundredths);
 * "could only salute the winner" names the winner as an object, which is no win. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/data/findTimes';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('French time notation', () => {
  it("findTimes reads 3'29''87 as 3:29.87 and 53''41 as 53.41", () => {
    const text = "won in 3'29''87, ahead of a 53''41 hurdles and a 55''4 first lap";
    expect(findTimes(text, 0, text.length).map((t) => [text.slice(t.start, t.end), t.raw])).toEqual([
      ["3'29''87", '3:29.87'],
      ["53''41", '53.41'],
      ["55''4", '55.4'],
    ]);
  });

  it('reads the times of a French report, and no win in "salute the winner"', () => {
    const races = deriveReport(
      "Hugo Marchat won the men's 1500 m of the Meeting de Paris in 3'29''87. Brian Kipsa could only salute the winner. " +
        "Noah Bellam finished fifth in 10''09 in the men's 100 m.",
    );
    expect(races.map(resultRows)).toEqual([[['Noah Bellam', 5, 10.09]], [['Hugo Marchat', 1, 209.87]]]);
  });

  it('reads a time "at the first 400 m" or "at 800 m" as a split, not a result', () => {
    const races = deriveReport(
      "Hugo Marchat won the men's 1500 m of the Meeting de Paris in 3'29''87, after a pace of 55''4 at the first 400 m and 1'51''9 at 800 m.",
    );
    expect(races.map(resultRows)).toEqual([[['Hugo Marchat', 1, 209.87]]]);
    expect(races[0]?.narrative.filter((n) => n.kind === 'split').map((n) => n.time)).toEqual([55.4, 111.9]);
  });
});
