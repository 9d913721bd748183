/**
 * A city paper's half-marathon report with results under "HALF MARATHON - MEN" and "HALF MARATHON
 * - WOMEN": the sex after the dash is the list's; "Saturday's 10K" is a race on Saturday, not a
 * meeting named "Saturday's 10K". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Monday, October 6, 2031',
  '',
  'Daniel Kemboy won the Great Scottish Run half marathon on Sunday, October 5, in 1:00:48.',
  '',
  "In the women's race, Beatrice Ronoh pulled clear to win in 1:08:12.",
  '',
  "Around 14,000 runners took part across the half marathon and Saturday's 10K.",
  '',
  'RESULTS',
  '',
  'HALF MARATHON - MEN',
  '1 Daniel Kemboy (Kenya) 1:00:48',
  '2 Tesfa Gebre (Ethiopia) 1:00:55',
  '',
  'HALF MARATHON - WOMEN',
  '1 Beatrice Ronoh (Kenya) 1:08:12',
  '2 Eilidh Robson (Central AC) 1:08:40',
].join('\n');

describe('results headed by an event and a sex after a dash', () => {
  it('puts each list in the race of its sex, both on the Sunday', () => {
    const races = deriveReport(REPORT);
    expect(races.map((r) => [r.name, r.date?.value ?? null, resultRows(r)])).toEqual([
      [
        "Great Scottish Run 2031 – Men's half marathon",
        '2031-10-05',
        [
          ['Daniel Kemboy', 1, 3648],
          ['Tesfa Gebre', 2, 3655],
        ],
      ],
      [
        "Great Scottish Run 2031 – Women's half marathon",
        '2031-10-05',
        [
          ['Beatrice Ronoh', 1, 4092],
          ['Eilidh Robson', 2, 4120],
        ],
      ],
    ]);
  });
});
