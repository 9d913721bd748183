/**
 * A local radio round-up: "the Solent Coast 10 Mile" is a race over ten miles (not a mile, whose
 * times would be impossible), and "was first finisher in 14:38" is a win. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'CASTLE PARK 5K',
  '',
  'Tom Ridley-Ash was first finisher in 14:38, knocking eleven seconds off the old mark.',
  '',
  'SOLENT COAST 10 MILE',
  '',
  'On Sunday, around 2,300 runners tackled the Solent Coast 10 Mile. Ben Hargrove pulled clear of Lewis Mbeki to win in 48 minutes 31 seconds. Mbeki was second in 48:59.',
].join('\n');

describe('a road race over whole miles and a first finisher', () => {
  const races = deriveReport(REPORT);

  it('reads "10 Mile" as ten miles, with its times', () => {
    const tenMile = races.find((r) => r.event?.value === '10 miles');
    expect(tenMile && resultRows(tenMile)).toEqual([
      ['Ben Hargrove', 1, 2911],
      ['Lewis Mbeki', 2, 2939],
    ]);
  });

  it('reads the first finisher as the winner', () => {
    const fiveK = races.find((r) => r.event?.value === '5km');
    expect(fiveK && resultRows(fiveK)).toEqual([['Tom Ridley-Ash', 1, 878]]);
  });
});
