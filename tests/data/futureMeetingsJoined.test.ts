/**
 * A federation press release ends "The next Moroccan athletes will be in action at the Meeting de
 * Paris and the Bislett Games in June." and then gives the results table: both meetings are still
 * to come, so the table stays in the race reported. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const RELEASE = [
  'Rabat, Sunday 29 May 2033',
  '',
  "Yassine El Mansour won the men's 3000m steeplechase this evening at the Rabat Diamond League meeting in 8:03.27.",
  '',
  'The next Moroccan athletes will be in action at the Meeting de Paris and the Bislett Games in June.',
  '',
  'OFFICIAL RESULTS – 3000m STEEPLECHASE MEN',
  '1. Yassine El Mansour (MAR) 8:03.27',
  '2. Abraham Kipkori (KEN) 8:04.90',
].join('\n');

describe('meetings still to come, joined by "and"', () => {
  it('keeps the results table in the race reported', () => {
    const races = deriveReport(RELEASE);
    expect(races.map((r) => [r.name, resultRows(r)])).toEqual([
      [
        "Rabat Diamond League 2033 – Men's 3000m steeplechase",
        [
          ['Yassine El Mansour', 1, 483.27],
          ['Abraham Kipkori', 2, 484.9],
        ],
      ],
    ]);
  });
});
