/**
 * A report of a sprint final that goes back over the first round the day before: "The first round
 * on Tuesday evening gave few clues that the final would be so tight", heats numbered in words, and
 * a runner who "squeezed into the final" from his heat. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT =
  'LAGOS — Wednesday 24 June 2026\n\n' +
  "Emeka Obi won the men's 100m final at the African Championships in 9.987, with Ghana's Kofi Boateng second in 9.991.\n\n" +
  "South Africa's Sipho Dlamini led to 50 metres before being swallowed up, holding on to take bronze in 10.043.\n\n" +
  'The first round on Tuesday evening gave few clues that the final would be quite so tight. Obi won heat three in 9.98, ' +
  'while Boateng won heat one in 10.08.\n\n' +
  "Heat four produced the day's drama. Tumelo Sebego was third in 10.15 and only squeezed into the final as the last of the fastest losers.";

describe('a final report that goes back over the first round', () => {
  const races = deriveReport(REPORT);
  const byRound = (round: string, heat: number | null = null) =>
    races.find((r) => r.round?.value === round && (heat === null || r.name.endsWith(`heat ${heat}`)));

  it('reads "led to 50 metres" as a point of the race, not a 50m race', () => {
    expect(races.map((r) => r.event?.value)).not.toContain('50m');
    expect(byRound('final') && resultRows(byRound('final')!)).toEqual([
      ['Emeka Obi', 1, 9.987],
      ['Kofi Boateng', 2, 9.991],
      ['Sipho Dlamini', 3, 10.043],
    ]);
  });

  it('dates the heats by "the first round on Tuesday evening", the day before the dateline', () => {
    expect(races.map((r) => [r.name.replace(/^.*– /, ''), r.date?.value ?? null])).toEqual([
      ["Men's 100m heat 1", '2026-06-23'],
      ["Men's 100m heat 3", '2026-06-23'],
      ["Men's 100m heat 4", '2026-06-23'],
      ["Men's 100m final", '2026-06-24'],
    ]);
  });

  it('keeps the runner who "squeezed into the final" in the heat he ran', () => {
    const heat = byRound('heat', 4);
    expect(heat && resultRows(heat)).toEqual([['Tumelo Sebego', 3, 10.15]]);
  });
});
