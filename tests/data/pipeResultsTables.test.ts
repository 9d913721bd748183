/**
 * A results page of pipe tables with a bib column (which is neither a place nor a time), a
 * pacemaker and a disqualified runner, and lines of splits under each table ("Pacemaker splits: 200m
 * 26.9 – 400m 56.4", "Lap leaders: 1000m Benali 2:41.3; …") that are neither races nor results.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('pipe tables with a bib column and lines of splits', () => {
  const races = deriveReport(
    'RESULTS | Bislett Games 2034\n\n' +
      'Oslo, Thursday 15 June 2034.\n\n' +
      "Women's 800m\n\n" +
      '| Pos | Bib | Athlete           | Nat | Time    | Notes |\n' +
      '|-----|-----|-------------------|-----|---------|-------|\n' +
      '| 1   | 412 | Grace Wanjiru     | KEN | 1:57.63 | SB    |\n' +
      '| 2   | 419 | Léa Fontaine      | FRA | 1:58.40 | PB    |\n' +
      '|     | 499 | Sigrid Moe (pacemaker) | NOR | DNF |       |\n\n' +
      'Pacemaker splits: 200m 26.9 – 400m 56.4. Leader at 600m: Wanjiru 1:27.1.\n\n' +
      "Men's 3000m steeplechase\n\n" +
      '| Pos | Bib | Athlete           | Nat | Time    | Notes |\n' +
      '|-----|-----|-------------------|-----|---------|-------|\n' +
      '| 1   | 502 | Omar Benali       | MAR | 8:04.17 | MR    |\n' +
      '| 2   | 511 | Eirik Aasland     | NOR | 8:04.52 | PB    |\n' +
      '| –   | 513 | Hugo Lefèvre      | FRA | DQ      | 17.5.3 |\n\n' +
      'Lap leaders: 1000m Benali 2:41.3; 2000m Aasland 5:22.8.',
  );

  const rows = (part: string) =>
    resultRows(races.find((r) => r.name.endsWith(part))!).filter((x) => x[1] !== null);

  it('reads each row by its header, passing over the bib numbers', () => {
    expect(rows("Women's 800m")).toEqual([
      ['Grace Wanjiru', 1, 117.63],
      ['Léa Fontaine', 2, 118.4],
    ]);
    expect(rows("Men's 3000m steeplechase")).toEqual([
      ['Omar Benali', 1, 484.17],
      ['Eirik Aasland', 2, 484.52],
    ]);
  });

  it('takes no race and no result from a line of splits', () => {
    expect(races.map((r) => r.name.replace(/^.* – /, '')).sort()).toEqual([
      "Men's 3000m steeplechase",
      "Women's 800m",
    ]);
    expect(races.flatMap(resultRows).map((x) => x[2])).not.toContain(87.1);
    expect(races.flatMap(resultRows).map((x) => x[2])).not.toContain(161.3);
  });
});
