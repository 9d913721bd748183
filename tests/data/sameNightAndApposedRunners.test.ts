/**
 * A translated championship report: "and the other Spaniard in the final, Mario Bustos, was fourth"
 * names its runner in an apposition, so the place and time are his, not the bronze medallist's told
 * before the comma; "stayed in fourth and fifth position" is a moment of the race; and a race told
 * "the same night" under a heading of its own shares the final's day, not that of the semi-final told
 * since. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'CASTILLO, SILVER IN BIRMINGHAM',
  '',
  'Only the Belgian Niels Verbeke managed to pass Adrián Castillo in the final twenty metres to win the 1500 metres final of the 2026 European Championships on Saturday night, 15 August, in 3:33.72. Castillo stopped the clock at 3:33.95.',
  '',
  'The Irishman Tom Keane took the bronze in 3:34.10, and the other Spaniard in the final, Mario Bustos, was fourth in 3:34.48.',
  '',
  'On Thursday 13 August Castillo won his semi-final in 3:38.02.',
  '',
  'The race was tactical from the start. Castillo stayed in fourth and fifth position, always on the outside.',
  '',
  'LUCÍA FERRER, FIFTH IN THE 10,000',
  'The same night, the Spaniard Lucía Ferrer finished fifth in the 10,000 metres in 31:20.44. The race was won by the Dutchwoman Iris van Dijk in 31:02.19.',
].join('\n');

describe('a championship report with apposed runners and a race of the same night', () => {
  const races = deriveReport(REPORT);
  const final = races.find((r) => r.name.includes('1500m final'));

  it('gives the place after an apposed name to that runner, and a moment of the race to nobody', () => {
    expect(final && resultRows(final)).toEqual([
      ['Niels Verbeke', 1, 213.72],
      ['Adrián Castillo', 2, 213.95],
      ['Tom Keane', 3, 214.1],
      ['Mario Bustos', 4, 214.48],
    ]);
  });

  it("dates the race of the same night with the final's day", () => {
    const tenK = races.find((r) => r.event?.value === '10000m');
    expect(tenK && resultRows(tenK)).toEqual([
      ['Iris van Dijk', 1, 1862.19],
      ['Lucía Ferrer', 5, 1880.44],
    ]);
    expect(tenK?.date?.value).toBe('2026-08-15');
  });
});
