/**
 * "was rewarded with a personal best of 14:22.40": a best run in the race reported is its time;
 * "arrived with a personal best of 14:30.00" is a mark from before. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a personal best told with the race', () => {
  it('takes a best the runner was rewarded with in the race as her time, and one she arrived with as no time', () => {
    const races = deriveReport(
      "Ethiopia's Hawi Gebre won the women's 5000m in 14:21.07. Uganda's Sarah Namara was rewarded for her boldness " +
        "with a personal best of 14:22.40. Kenya's Mary Wambui, who arrived with a personal best of 14:30.00, was third.",
    );
    expect(races.map(resultRows)).toEqual([
      [
        ['Hawi Gebre', 1, 861.07],
        ['Mary Wambui', 3, null],
        ['Sarah Namara', null, 862.4],
      ],
    ]);
  });
});
