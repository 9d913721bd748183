/**
 * Road races named in their own language ("the Medio Maratón Valencia", "the Maratona di Roma",
 * "the Marathon de Paris") are meetings with their event, not runners, so the results tables under
 * them land in their men's and women's races. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'VALENCIA, Spain — Sunday, October 25, 2037',
  '',
  "Kenya's Daniel Korir won the Medio Maratón Valencia in 58:55 on Sunday, while Ethiopia's Hiwot Tesfaye took the women's race in 1:04:40.",
  '',
  'Last year Tesfaye won the Maratona di Roma in 2:21:30.',
  '',
  'RESULTS',
  '',
  'Men',
  'Pos  Name              Nat   Time',
  '1    Daniel Korir      KEN   58:55',
  '2    Abdi Wako         ETH   59:02',
  '',
  'Women',
  'Pos  Name              Nat   Time',
  '1    Hiwot Tesfaye     ETH   1:04:40',
  '2    Mercy Chebet      KEN   1:05:11',
].join('\n');

describe('road races named in their own language', () => {
  const races = deriveReport(REPORT);
  const rows = new Map(races.map((r) => [r.name, resultRows(r)]));

  it('reads the half marathon and its two results tables', () => {
    expect(rows.get("Medio Maratón Valencia 2037 – Men's half marathon")).toEqual([
      ['Daniel Korir', 1, 3535],
      ['Abdi Wako', 2, 3542],
    ]);
    expect(rows.get("Medio Maratón Valencia 2037 – Women's half marathon")).toEqual([
      ['Hiwot Tesfaye', 1, 3880],
      ['Mercy Chebet', 2, 3911],
    ]);
  });

  it('reads an earlier marathon named in Italian as a race, not a runner', () => {
    const rome = races.find((r) => r.name.startsWith('Maratona di Roma'));
    expect(rome && resultRows(rome)).toEqual([['Hiwot Tesfaye', 1, 8490]]);
    expect(races.flatMap((r) => r.results).some((x) => x.athlete.includes('Roma'))).toBe(false);
  });
});
