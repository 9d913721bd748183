/**
 * A team selection names qualifying standards, marks held from last season and places on all-time
 * lists; none of them is a result of a race. Invented federation, runners and marks.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport } from '../helpers/reportRaces';

const SELECTION = [
  'Federation names 40-strong squad for the World Championships',
  '',
  'Darmstadt, 20 May 2033',
  '',
  'In the middle distances, Jonas Oberfeld is nominated for the 800m on the strength of the 1:44.21 he holds from last season.',
  '',
  'The most discussed omission is Felix Brandmann. The 30-year-old has not yet run within the 3:33.50 standard this summer.',
  '',
  'Marathon runners Tobias Eichwald and Derya Yilmaz-Schulte both met the marathon standard of 2:07:30 and 2:23:30 respectively.',
  '',
  'Sprinter Malik Osei-Baumann, 21, is named for the 100m. His best of 10.02 places him third on the all-time junior list.',
  '',
  "Lena Hartwig is named for the 10,000m. Her best of 30:48.19 puts her fifth in this season's European rankings.",
].join('\n');

describe('a team selection with standards, marks held and all-time lists', () => {
  it('derives no result from any of them', () => {
    const results = deriveReport(SELECTION).flatMap((r) =>
      r.results.filter((x) => x.place !== null || x.time !== null).map((x) => x.athlete),
    );
    expect(results).toEqual([]);
  });
});
