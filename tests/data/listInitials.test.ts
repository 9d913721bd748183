/**
 * A results list that names runners by initials ("1 T Alemayo", "2 M C Langet"): one initial and a
 * surname, or two initials for a first and a middle name, are the runner the report names in full.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  "Tsigie Alemayo won the women's 5000m at the Bislett Games in 14:21.50, with Mercy Chebet Langet second.",
  '',
  "Women's 5000m: 1 T Alemayo (Eth) 14:21.50; 2 M C Langet (Ken) 14:22.10.",
].join('\n');

describe('initials in a results list', () => {
  it('read one or two initials and a surname as the runner named in full', () => {
    const races = deriveReport(REPORT);
    expect(races.map(resultRows)).toEqual([
      [
        ['Tsigie Alemayo', 1, 861.5],
        ['Mercy Chebet Langet', 2, 862.1],
      ],
    ]);
  });
});
