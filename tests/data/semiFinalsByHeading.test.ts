/**
 * A report of three semi-finals told under "SEMI-FINAL ONE" … "SEMI-FINAL THREE" headings, with a
 * headline that names the fastest qualifier by his double surname and a race that "turned into a
 * 300-metre sprint". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('semi-finals told under numbered headings', () => {
  const races = deriveReport(
    'Saturday 19 August 2034\n\nDíaz Moreno fastest as Hart sneaks into 800m final\n\n' +
      "Spain's Pablo Díaz Moreno won the first of the three men's 800m semi-finals at the European Championships.\n\n" +
      "SEMI-FINAL ONE\nDíaz Moreno won in 1:44.92, with Poland's Marek Wrona second in 1:45.10. Ed Hart was third in 1:45.31.\n\n" +
      "SEMI-FINAL TWO\nThe second race reached the bell in 54.3 and turned into a 300-metre sprint. France's Karim Bensaid won in 1:47.55.\n\n" +
      "SEMI-FINAL THREE\nSweden's Finn Hallin won in 1:45.05 from Ukraine's Dmytro Koval (1:45.20).",
  );

  it("puts each heading's results in its own semi-final, numbered in words", () => {
    expect(races.map((r) => [r.name.replace(/^.*– /, ''), resultRows(r)])).toEqual([
      [
        "Men's 800m semi-final 1",
        [
          ['Pablo Díaz Moreno', 1, 104.92],
          ['Marek Wrona', 2, 105.1],
          ['Ed Hart', 3, 105.31],
        ],
      ],
      ["Men's 800m semi-final 2", [['Karim Bensaid', 1, 107.55]]],
      [
        "Men's 800m semi-final 3",
        [
          ['Finn Hallin', 1, 105.05],
          ['Dmytro Koval', 2, 105.2],
        ],
      ],
    ]);
  });
});
