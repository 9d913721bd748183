/**
 * A translated report tells a runner-up or a place by an epithet followed by the name ("Mekonnen won
 * in 3:57.12, the Kenyan Purity Chebet was third"; "won by X in 44.31, the Sicilian Davide Sciacca was
 * fourth, first of the Italians, with his personal best of 44.98"): each opens a clause of its own,
 * and a best run in the race it is told with is its time. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'ROME — Yesterday evening, Thursday 4 June 2037, the Golden Gala filled the Olimpico.',
  '',
  'Then the 1500 metres women. Giulia Ferraro crossed the line second in 3:58.40. Hirut Mekonnen won in 3:57.12, the Kenyan Purity Chebet was third.',
  '',
  'In the 400 metres, won by Marcus Thomas of Grenada in 44.31, the Sicilian Davide Sciacca was fourth, first of the Italians, with his personal best of 44.98.',
].join('\n');

describe('an epithet followed by a name opens a clause', () => {
  const races = deriveReport(REPORT);

  it('places the runner told by epithet and name, not the winner before her', () => {
    const race = races.find((r) => r.event?.value === '1500m');
    expect(race && resultRows(race)).toEqual([
      ['Hirut Mekonnen', 1, 237.12],
      ['Giulia Ferraro', 2, 238.4],
      ['Purity Chebet', 3, null],
    ]);
  });

  it("keeps the winner's place and gives the fourth his best run there", () => {
    const race = races.find((r) => r.event?.value === '400m');
    expect(race && resultRows(race)).toEqual([
      ['Marcus Thomas', 1, 44.31],
      ['Davide Sciacca', 4, 44.98],
    ]);
  });
});
