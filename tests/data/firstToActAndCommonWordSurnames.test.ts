/**
 * A marathon report: "Kosgei was the first to crack" tells who dropped first, not who finished first
 * ("second to Kerr" is still a place), and a Kenyan surname that is also a common word ("Nancy
 * Jepkosgei Too") is part of the runner's name. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Chicago Marathon 2031: Sang breaks clear at 33K',
  '',
  "Bernard Kiprop Sang won the men's race at the 2031 Chicago Marathon in 2:04:18.",
  '',
  "Six men remained at 30K: Sang, Worku, Maddox and Kenya's Philemon Kosgei among them. Kosgei was the first to crack.",
  '',
  'Tadesse Worku finished second to Sang in 2:04:51.',
  '',
  "In the women's race, Kenya's Nancy Jepkosgei Too won in 2:16:49.",
].join('\n');

describe('places told of moments and surnames that are common words', () => {
  const races = deriveReport(REPORT);
  const men = races.find((r) => r.name.includes("Men's"));
  const women = races.find((r) => r.name.includes("Women's"));

  it('gives no place to the first runner to drop, and keeps "second to Sang"', () => {
    expect(men && resultRows(men)).toEqual([
      ['Bernard Kiprop Sang', 1, 7458],
      ['Tadesse Worku', 2, 7491],
    ]);
  });

  it('reads a surname that is also a common word as part of the name', () => {
    expect(women && resultRows(women)).toEqual([['Nancy Jepkosgei Too', 1, 8209]]);
  });
});
