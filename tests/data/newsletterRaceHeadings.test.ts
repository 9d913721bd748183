/**
 * A club newsletter heads each race with its name in capitals ("CHORLEY HALF MARATHON",
 * "MANCHESTER MARATHON"): each names its own meeting, not the one named before it, and a headline's
 * "Westgate Mile" is the "WESTGATE ROAD MILE" of its section. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Harriers fly the flag at Westgate Mile and beyond',
  '',
  'WESTGATE ROAD MILE (Wednesday 11 June 2031)',
  '',
  'Owen Gallard held on to win in 4:21.',
  '',
  'CHORLEY HALF MARATHON',
  '',
  'Tom Barrow was runner-up at Chorley in 1:09:31.',
  '',
  'MANCHESTER MARATHON',
  '',
  'Leading the way was Neil Ashby, clocking 2:49:58.',
].join('\n');

describe('race headings in capitals in a club newsletter', () => {
  const races = deriveReport(REPORT);
  const named = (meeting: string): (string | number | null)[][] =>
    races.filter((r) => r.name.startsWith(meeting)).flatMap(resultRows);

  it('reads each heading as its own meeting', () => {
    expect(named('Chorley Half Marathon')).toEqual([['Tom Barrow', 2, 4171]]);
    expect(named('Manchester Marathon')).toEqual([['Neil Ashby', null, 10198]]);
  });

  it("takes the headline's shorter name for the same meeting", () => {
    expect(named('Westgate')).toEqual([['Owen Gallard', 1, 261]]);
    expect(races.filter((r) => r.name.startsWith('Westgate'))).toHaveLength(1);
  });
});
