/**
 * A championships press release on a final, dated by its header, with a "HEATS RECAP (Tuesday 6
 * August)" section after the final's story. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const RELEASE =
  'CONTINENTAL ATHLETICS CHAMPIONSHIPS 2030\n' +
  'Official press release — Day 4, Thursday 8 August 2030\n\n' +
  "Chloé Martin (FRA) won the women's 3000m steeplechase final this evening in 9:08.44.\n\n" +
  'Anna Weber (GER) held on for silver in 9:09.10, improving on her fourth place at the last edition, while ' +
  'Zofia Nowak (POL) came through to take bronze in 9:11.87.\n\n' +
  'HEATS RECAP (Tuesday 6 August)\n' +
  'Martin won the second heat in 9:24.51, the fastest time of the round, and was accompanied into the final by Nowak, ' +
  'who was fifth in that heat in 9:30.06.';

describe('a press release with a heats recap under its own heading', () => {
  const races = deriveReport(RELEASE);
  const rows = races.map((r) => [r.round?.value ?? null, r.date?.value ?? null, resultRows(r)]);

  it('dates the final by the release and the heats by their heading', () => {
    expect(rows.map(([round, date]) => [round, date])).toEqual([
      ['heat', '2030-08-06'],
      ['final', '2030-08-08'],
    ]);
  });

  it('keeps silver for the runner "improving on her fourth place at the last edition"', () => {
    expect(rows[1]?.[2]).toEqual([
      ['Chloé Martin', 1, 548.44],
      ['Anna Weber', 2, 549.1],
      ['Zofia Nowak', 3, 551.87],
    ]);
  });

  it('keeps the heat of the runner "accompanied into the final" in that heat', () => {
    expect(rows[0]?.[2]).toEqual([
      ['Chloé Martin', 1, 564.51],
      ['Zofia Nowak', 5, 570.06],
    ]);
  });
});
