/**
 * A wire report: a runner's "ambition to turn the tables at this year's world championships" names a
 * race still to come, so it does not become the race in hand, and the 200m told next is the
 * meeting's, not a world championships race. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const WIRE = [
  'ATHLETICS-Chepkoech outkicks Prior to win Rome 1500m',
  '',
  "ROME, June 6 (Reuters) - Janet Chepkoech of Kenya won the women's 1500 metres at the Golden Gala in Rome on Wednesday in 3:52.64, with Britain's Ffion Prior second in 3:52.90, in the 2029 Diamond League season.",
  '',
  "Prior has made no secret of her ambition to turn the tables at this year's world championships.",
  '',
  "In the men's 200 metres, American Darnell Whitley clocked a world-leading 19.78 seconds to beat Botswana's Kagiso Mole, who was second in 19.84.",
].join('\n');

describe('a championship named as an ambition', () => {
  const races = deriveReport(WIRE);

  it("is no race, and the race told next is the meeting's", () => {
    expect(races.some((r) => /World Championships/.test(r.name))).toBe(false);
    const sprint = races.find((r) => r.event?.value === '200m');
    expect(sprint?.name).toContain('Rome');
    expect(sprint && resultRows(sprint)).toEqual([
      ['Darnell Whitley', 1, 19.78],
      ['Kagiso Mole', 2, 19.84],
    ]);
  });
});
