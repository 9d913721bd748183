/**
 * A college report: "If Brandt's win was a battle, Jerono's was a procession" is about Jerono, so
 * "The Kenyan sophomore" after it is her; and "Lindqvist, the Swedish junior who transferred last
 * fall, came through for third" gives the place to Lindqvist, not to the runner named first in the
 * sentence. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  "Kaya Brent won the women's 800 meters in 2:05.88.",
  '',
  "If Brent's win was a battle, Lidia Jeruto's was a procession. The Kenyan sophomore took the lead in the women's 5,000 meters final after four laps and won in 16:21.40.",
  '',
  'Hanna Voskuil was second in 16:33.02, and Annika Lindahl, the Swedish junior who transferred from a Division I program last fall, came through for third in 16:40.12.',
].join('\n');

describe('the subject after an opening clause and around an apposition', () => {
  const races = deriveReport(REPORT);
  const fiveK = races.find((r) => r.name.includes('5000m'));

  it('gives the 5000m to the runner of the main clause, not to the one of the "If" clause', () => {
    expect(fiveK && resultRows(fiveK)[0]).toEqual(['Lidia Jeruto', 1, 981.4]);
  });

  it('gives the place after an apposition with a relative clause to the runner it describes', () => {
    expect(fiveK && resultRows(fiveK).slice(1)).toEqual([
      ['Hanna Voskuil', 2, 993.02],
      ['Annika Lindahl', 3, 1000.12],
    ]);
  });
});
