/**
 * "His coach, former steeplechaser Harjit Sandu, said the bronze was reward for a disciplined year": a
 * medal talked of after "said" is no place of the one who said it. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  "Gurdeep Rawal claimed bronze in the men's 5000m final in 13:26.88.",
  '',
  "Rawal's coach, former steeplechaser Harjit Sandu, said the bronze was reward for a very disciplined year.",
].join('\n');

describe('a medal talked of', () => {
  it('gives no place to the one who talks of it', () => {
    expect(deriveReport(REPORT).map(resultRows)).toEqual([[['Gurdeep Rawal', 3, 806.88]]]);
  });
});
