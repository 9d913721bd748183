/**
 * A club newsletter tells a road 5K run as a women's and a men's race: "first woman home in 18:47",
 * "third woman in 19:58", "First man home was Owen Fairley" are places in those races; "First woman
 * home was Claire Mbek" told of a men's race is no place in it. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('"first woman home", "third man"', () => {
  it('reads places among the women and among the men of races told by sex', () => {
    const races = deriveReport(
      "In the women's race of the Ashgrove Lakes 5K on Saturday, Gemma Lockhar was first woman home in 18:47. Priya Natara was third woman in 19:58.\n\n" +
        "In the men's race, First man home was Owen Fairley in 16:12. Our own Dave Kettle was third man in 17:05.",
    );
    const rows = Object.fromEntries(races.map((r) => [r.name.replace(/ \(.*\)$/, ''), resultRows(r)]));
    expect(rows["Women's 5km"]).toEqual([
      ['Gemma Lockhar', 1, 1127],
      ['Priya Natara', 3, 1198],
    ]);
    expect(rows["Men's 5km"]).toEqual([
      ['Owen Fairley', 1, 972],
      ['Dave Kettle', 3, 1025],
    ]);
  });

  it('reads no place from "first woman home" in a men\'s race', () => {
    const races = deriveReport(
      "Tom Brand won the men's mile at the Westgate meeting on Saturday in 4:21. First woman home was Claire Mbek in 5:07.",
    );
    expect(races.map(resultRows)).toEqual([
      [
        ['Tom Brand', 1, 261],
        ['Claire Mbek', null, 307],
      ],
    ]);
  });
});
