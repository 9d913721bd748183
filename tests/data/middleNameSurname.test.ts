/**
 * "Ethiopia's Abel Mekonnen Tola …. Mekonnen crossed the line in 13:11.62": a runner with three
 * names may be called by the middle one; it is looked up only when no one has it as a surname.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a runner called by the middle of three names', () => {
  it('resolves the middle name to the runner when no one has it as a surname', () => {
    const races = deriveReport(
      "The men's 5000m final at the Brisbane 2032 Olympics went to Ethiopia's Abel Mekonnen Tela. " +
        "Mekonnen crossed the line in 13:11.62. Kenya's Brian Kiprop Rutto was second in 13:11.90.",
    );
    expect(races.map(resultRows)).toEqual([
      [
        ['Abel Mekonnen Tela', 1, 791.62],
        ['Brian Kiprop Rutto', 2, 791.9],
      ],
    ]);
  });

  it("keeps a surname for the runner who has it, over another runner's middle name", () => {
    const races = deriveReport(
      "Peter Kipsang won the men's 10,000m at the Nairobi meeting. Edwin Kipsang Tanuy was third in 27:45.00. " +
        'Kipsang clocked 27:40.10.',
    );
    expect(races.map(resultRows)).toEqual([
      [
        ['Peter Kipsang', 1, 1660.1],
        ['Edwin Kipsang Tanuy', 3, 1665],
      ],
    ]);
  });
});
