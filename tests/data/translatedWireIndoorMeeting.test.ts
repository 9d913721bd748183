/**
 * A French wire report of an indoor meeting in translation: "crossed the line in 3 min 33 sec 41",
 * a runner-up "a little more than a second behind" (a rough gap, from which no time is worked out),
 * a win that "returned to the Pole Zieliński, timed in 1:45.87" after a disqualification, and the
 * "winner of the 60 metres in 7.09 sec". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/data/findTimes';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a translated wire report of an indoor meeting', () => {
  const races = deriveReport(
    'Athletics: world lead at Liévin\n\n' +
      'LIEVIN, France, Feb 18, 2035 (AFP) - The Ethiopian Abel Tsegaye signed the best world performance of the year on 1500 metres on Sunday.\n\n' +
      'Tsegaye crossed the line in 3 min 33 sec 41. The Frenchman Hugo Marchal was second in 3:34.02.\n\n' +
      'On 3000 metres, the Dutchwoman Femke Kuiper imposed herself in 8:31.55. The Kenyan Ruth Chebet, second, ' +
      'finished a little more than a second behind.\n\n' +
      'The 800 metres ended in confusion. The Belgian Tom Claes was disqualified after the race, and the victory ' +
      'returned to the Pole Jan Nowicki, timed in 1:45.87.\n\n' +
      'In the sprint, the public could celebrate Anaïs Roux, winner of the 60 metres in 7.09 sec.',
  );
  const race = (part: string) => races.find((r) => r.name.includes(part));

  it('reads "3 min 33 sec 41" as 3:33.41', () => {
    const text = 'He crossed the line in 3 min 33 sec 41.';
    expect(findTimes(text, 0, text.length).map((t) => t.raw)).toEqual(['3:33.41']);
    expect(resultRows(race('1500m')!)).toContainEqual(['Abel Tsegaye', 1, 213.41]);
  });

  it('works out no time from a rough gap', () => {
    expect(resultRows(race('3000m')!)).toEqual([
      ['Femke Kuiper', 1, 511.55],
      ['Ruth Chebet', 2, null],
    ]);
  });

  it('gives a victory that "returned to" a runner, and the time set after her name, to that runner', () => {
    expect(resultRows(race('800m')!)).toContainEqual(['Jan Nowicki', 1, 105.87]);
  });

  it('reads "winner of the 60 metres in 7.09 sec" as a race of its own', () => {
    expect(resultRows(race('60m')!)).toEqual([['Anaïs Roux', 1, 7.09]]);
  });
});
