/**
 * "Westbrook's route to the final had not been smooth. He was only third in his heat": a sentence
 * that opens on a runner's possessive, with no subject of its own, makes the next "he" that runner.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a sentence opening on a possessive', () => {
  it('resolves "he" in the next sentence to the possessor, not to the runner named before', () => {
    const races = deriveReport(
      "Abel Tesema won the men's 5000m final at the Brisbane 2032 Olympics in 13:11.62. Callum Westway took bronze in 13:12.34. " +
        "Japan's Yusuke Arai was fifth in 13:13.05.\n\n" +
        "Westway's route to the final had not been smooth. He was only third in his heat earlier in the week, in 13:21.40.",
    );
    const heat = races.find((r) => r.name.includes('heat'));
    expect(heat && resultRows(heat)).toEqual([['Callum Westway', 3, 801.4]]);
  });
});
