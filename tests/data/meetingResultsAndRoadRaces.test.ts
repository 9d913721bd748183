/**
 * Readings found on held-out set 72 (broadcast and federation pieces, newsletters, one-day meetings,
 * road races and results tables): a fixed-width results sheet whose round headings are set off by a
 * double dash and followed by the wind in a column ("WOMEN 200m -- FINAL      Wind: +1.1 m/s"), and
 * a half marathon's pipe table with a "10 km" split column in its header row. Invented runners and
 * times.
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

describe("a half marathon's pipe tables with a split column", () => {
  const races = deriveReport(
    [
      'Harbour Half Marathon 2038: official elite results',
      '',
      "Sunday 19 September 2038. Kenya's Brian Kimutai won the men's race in 59:41.",
      '',
      'ELITE MEN',
      '',
      '| Pos | Bib | Name                     | Nat | 10 km  | Time    |',
      '|-----|-----|--------------------------|-----|--------|---------|',
      '| 1   | 1   | Brian Kimutai            | KEN | 28:14  | 59:41   |',
      '| 2   | 4   | Hagos Tesfay             | ERI | 28:14  | 59:50   |',
    ].join('\n'),
  );

  it('does not take a column named "10 km" in the header row for a 10 km race', () => {
    expect(races.map((r) => r.event?.value)).toEqual(['half marathon']);
    const race = races[0];
    expect(race && resultRows(race)).toEqual([
      ['Brian Kimutai', 1, 3581],
      ['Hagos Tesfay', 2, 3590],
    ]);
  });
});
