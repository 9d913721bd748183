/**
 * An East African paper's national cross-country report: "the senior men's and women's 10km
 * races" named together, "In the senior women's race, Wanjala …", and results lines headed "Men:"
 * and "Women:" with clubs in brackets. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { findRaceMentions } from '../../src/data/findRaceMentions';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a national cross-country report's two senior races", () => {
  it('reads "the senior men’s and women’s 10km races" as naming neither sex alone', () => {
    const text = "The two led home the senior men's and women's 10km races at the championships.";
    const [tenK] = findRaceMentions(text, 0, text.length).filter((m) => m.event !== null);
    expect(tenK?.sex).toBeNull();
  });

  it('does not take "the senior" of "the senior women’s race" for a runner', () => {
    const races = deriveReport(
      'Champions crowned\n\n' +
        'ELDORET — Collins Maiyo and Gladys Wanjala were crowned champions yesterday.\n\n' +
        "In the senior women's race, Wanjala won in 33:02.",
    );
    expect(races.map(resultRows)).toEqual([[['Gladys Wanjala', 1, 1982]]]);
  });

  it('puts a list headed "Men:" in the men’s race, whatever race the prose told its times in', () => {
    const races = deriveReport(
      'Champions crowned\n\n' +
        "ELDORET — The two led home the senior men's and women's 10km races at the National Cross Country Championships.\n\n" +
        'Collins Maiyo clocked 28:41 to beat Brian Rotich (28:44).\n\n' +
        "In the senior women's race, Gladys Wanjala won in 33:02.\n\n" +
        'RESULTS\n\n' +
        'Men: 1. Collins Maiyo (Police) 28:41, 2. Brian Rotich (KDF) 28:44, 3. Dennis Ochieng (Police) 28:50.\n\n' +
        'Women: 1. Gladys Wanjala (Prisons) 33:02, 2. Janet Keter (KDF) 33:09.',
    );
    const men = races.find((r) => r.sex?.value === 'men');
    expect(men && resultRows(men)).toEqual([
      ['Collins Maiyo', 1, 1721],
      ['Brian Rotich', 2, 1724],
      ['Dennis Ochieng', 3, 1730],
    ]);
  });
});
