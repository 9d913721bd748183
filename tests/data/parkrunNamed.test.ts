/**
 * A club newsletter's round-up: "Calder Park parkrun (5K) - Saturday 9 April" names a race of its
 * own (a parkrun is a weekly 5K), apart from the 10K told before it, on its own day. Invented runners
 * and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const NEWSLETTER = [
  'CALDERBROOK HARRIERS - THE CLUB RUNNER',
  'Newsletter No. 112 - May 2033',
  '',
  'Holme Valley 10K - Sunday 3 April',
  'Dan Whitworth won outright in 33:12.',
  '',
  'Calder Park parkrun (5K) - Saturday 9 April',
  'Junior member Alfie Barraclough (11) was 3rd in 20:41.',
].join('\n');

describe('a parkrun named in a newsletter heading', () => {
  const races = deriveReport(NEWSLETTER);

  it('is a race of its own, on its day', () => {
    const parkrun = races.find((r) => r.name.includes('Calder Park parkrun'));
    expect(parkrun && [parkrun.date?.value, resultRows(parkrun)]).toEqual([
      '2033-04-09',
      [['Alfie Barraclough', 3, 1241]],
    ]);
  });
});
