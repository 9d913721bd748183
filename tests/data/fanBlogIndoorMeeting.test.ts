/**
 * A fan's blog on an indoor meeting: "Heats first.", heats told as "the first one" and "the second
 * heat", a final decided in thousandths after a runner's best is recalled by name, and a runner-up
 * told after a comma. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const BLOG = [
  'Birmingham Indoor GP: three thousandths',
  'Posted Sunday 22 February 2032 by trackgeek_brum',
  'THE 60 METRES',
  "Heats first. Britain's Tobi Ogunleye won the first one in 6.55 and looked like he was jogging. The second heat was the scary one: the American Darnell Pryor was second in 6.58.",
  "Now the final. Ogunleye's PB is 6.45 and the whole arena was expecting him to get near it. Then it came up: Kemar Bryce-Henry 6.488, Ogunleye 6.491. Pryor held on for third in 6.56.",
  "THE WOMEN'S 800",
  'Zuzanna Klos went wide on the last bend and flew, winning in 1:59.84. The Kenyan Sharon Wanjiru had led from 500m out and was caught just before the line, second in 2:00.31.',
].join('\n\n');

describe("a fan's blog on an indoor meeting", () => {
  const races = deriveReport(BLOG);
  const sixty = races.filter((r) => r.event?.value === '60m');

  it('reads "Heats first." and "the first one" as the first heat, apart from the final', () => {
    const first = sixty.find((r) => r.name.includes('heat 1'));
    expect(resultRows(first!)).toEqual([['Tobi Ogunleye', 1, 6.55]]);
  });

  it('keeps a best recalled by name out of the final, whose places the thousandths then pin', () => {
    const final = sixty.find((r) => r.round?.value === 'final');
    expect(resultRows(final!)).toEqual([
      ['Kemar Bryce-Henry', 1, 6.488],
      ['Tobi Ogunleye', 2, 6.491],
      ['Darnell Pryor', 3, 6.56],
    ]);
  });

  it('gives a place told after a comma ("…, second in 2:00.31") to the clause\'s subject', () => {
    const eight = races.find((r) => r.event?.value === '800m');
    expect(resultRows(eight!)).toEqual([
      ['Zuzanna Klos', 1, 119.84],
      ['Sharon Wanjiru', 2, 120.31],
    ]);
  });
});
