/**
 * A half-marathon report told by gaps: a place told in a clause after ", and there was a huge roar …
 * when X came home fourth in 1:00:14" is X's, "23 seconds clear of the runner-up, Ethiopia's Y" makes
 * Y second, and "between 12 and 16km" is a stretch of the course, not a race. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  "COPENHAGEN, Sunday 16 September 2029 — Ethiopia's Abebe Desta won the Copenhagen Half Marathon in 58:52 this morning.",
  '',
  "Eritrea's Merhawi Tesfay was third in 59:21, 29 seconds down on the winner, and there was a huge roar along the harbour when local favourite Mads Holm came home fourth in 1:00:14.",
  '',
  'A stiff headwind between 12 and 16km slowed the pace. "I only had to fight the wind," said Desta, who collected 20,000 euros for the win.',
  '',
  "In the women's race, Kenya's Gladys Kosgei won in 1:05:02, 23 seconds clear of the runner-up, Ethiopia's Tigist Abera.",
].join('\n');

describe('a half marathon told by gaps', () => {
  const races = deriveReport(REPORT);

  it("gives the fourth place and time to the runner the roar was for, in the day's only men's race", () => {
    const men = races.filter((r) => r.results.some((x) => x.athlete === 'Abebe Desta'));
    expect(men).toHaveLength(1);
    expect(men[0] && resultRows(men[0])).toEqual([
      ['Abebe Desta', 1, 3532],
      ['Merhawi Tesfay', 3, 3561],
      ['Mads Holm', 4, 3614],
    ]);
  });

  it('places the runner-up named after a comma', () => {
    const women = races.find((r) => r.results.some((x) => x.athlete === 'Gladys Kosgei'));
    expect(women && resultRows(women).map(([name, place]) => [name, place])).toEqual([
      ['Gladys Kosgei', 1],
      ['Tigist Abera', 2],
    ]);
  });
});
