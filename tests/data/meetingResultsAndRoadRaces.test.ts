/**
 * Readings found on held-out set 72 (broadcast and federation pieces, newsletters, one-day meetings,
 * road races and results tables): a fixed-width results sheet whose round headings are set off by a
 * double dash and followed by the wind in a column ("WOMEN 200m -- FINAL      Wind: +1.1 m/s").
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a meeting's fixed-width results sheet with a heat and a final", () => {
  const races = deriveReport(
    [
      'HARBOUR GAMES 2031',
      'Harbour Stadium -- Saturday 7 June 2031',
      'OFFICIAL RESULTS',
      '',
      'WOMEN 200m -- HEAT 1                                     Wind: +0.4 m/s',
      'Pl  Ln  Name                          Nat   Result',
      ' 1   4  Sanna Lehtonen                FIN   23.32',
      ' 2   5  Chioma Eze                    NGR   23.35',
      '',
      'WOMEN 200m -- FINAL                                      Wind: +1.1 m/s',
      'Pl  Ln  Name                          Nat   Result',
      ' 1   4  Chioma Eze                    NGR   22.98',
      ' 2   5  Sanna Lehtonen                FIN   23.10',
    ].join('\n'),
  );

  it('reads a round heading followed by the wind in a column as the round of the table under it', () => {
    const final = races.find((r) => r.round?.value === 'final');
    expect(final && resultRows(final)).toEqual([
      ['Chioma Eze', 1, 22.98],
      ['Sanna Lehtonen', 2, 23.1],
    ]);
    const heat = races.find((r) => r.round?.value === 'heat');
    expect(heat && resultRows(heat)).toEqual([
      ['Sanna Lehtonen', 1, 23.32],
      ['Chioma Eze', 2, 23.35],
    ]);
  });
});
