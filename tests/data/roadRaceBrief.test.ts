/**
 * A wire brief on a road 10K whose first sentence tells both winners ("A and B won the elite
 * races …, A breaking the tape in the men's race in 27:41 and B taking the women's race in
 * 30:52"). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const report =
  'Tadesse and Jeptoo win in Pune\n\n' +
  "PUNE, India, May 20 (Wire) — Ethiopia's Abel Tadesse Girma and Kenya's Mercy Jeptoo Kirui won " +
  'the elite races at the 2029 Pune City 10K on Sunday, Tadesse Girma breaking the tape in the ' +
  "men's race in 27:41 and Jeptoo Kirui taking the women's race in 30:52 on a humid morning.\n\n" +
  "Uganda's Isaac Okello was second in the men's race in 27:44, and Ethiopia's Hana Bekele " +
  "finished second in the women's race in 30:58.";

describe('a road race brief with both winners in one sentence', () => {
  const races = deriveReport(report);
  const race = (sex: string) => races.find((r) => r.name.includes(sex));

  it('reads the men’s and the women’s race and no third race for "won the elite races"', () => {
    expect(races).toHaveLength(2);
  });

  it('gives each winner the race and time of the participle clause that names them', () => {
    const men = race("Men's");
    const women = race("Women's");
    expect(men && resultRows(men)).toEqual([
      ['Abel Tadesse Girma', 1, 1661],
      ['Isaac Okello', 2, 1664],
    ]);
    expect(women && resultRows(women)).toEqual([
      ['Mercy Jeptoo Kirui', 1, 1852],
      ['Hana Bekele', 2, 1858],
    ]);
  });
});
