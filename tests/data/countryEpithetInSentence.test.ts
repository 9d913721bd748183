/**
 * "Only the Netherlands' Thijs Dekker could respond, and the Dutchman clung on … before conceding
 * silver": a country epithet after a runner of the same sentence told as of that country is that
 * runner, not the winner named before. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a country epithet after a runner of its own sentence', () => {
  it('is the runner the sentence told as of that country', () => {
    const [race] = deriveReport(
      'Results\n\n' +
        "Samuel Bekele won the senior men's race at the European Cross Country Championships in 29:14. " +
        "Only the Netherlands' Thijs Dekker could respond, and the Dutchman clung on until the last water jump " +
        'before conceding silver in 29:18.',
    );
    expect(resultRows(race!)).toEqual([
      ['Samuel Bekele', 1, 1754],
      ['Thijs Dekker', 2, 1758],
    ]);
  });
});
