/**
 * A doping story that reshuffles a podium: "who crossed the line third in 3:56.40, is upgraded to
 * silver", "fourth in 3:57.02 on the night, moves up to bronze" (the revised place replaces the one
 * run), and "stripped of the … silver medal she won" (no place). "Has moved up to fourth" at the bell
 * is still a moment of a race. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('places revised after a disqualification', () => {
  it('gives the runners their upgraded medals, and the stripped runner none', () => {
    const races = deriveReport(
      [
        'Kosgei stripped of world 1500m silver',
        '',
        "Kenya's Lilian Kosgei has been banned for four years and stripped of the world championship 1500m silver medal she won at the 2035 World Championships.",
        '',
        "The ruling reshuffles the podium. Ethiopia's Tigist Alemu, who won the final in 3:55.12, keeps her gold. Australia's Olivia Hartnell, who crossed the line third in 3:56.40, is upgraded to silver, and Britain's Niamh Carberry, fourth in 3:57.02 on the night, moves up to bronze.",
      ].join('\n'),
    );
    expect(races.map((r) => resultRows(r))).toEqual([
      [
        ['Tigist Alemu', 1, 235.12],
        ['Olivia Hartnell', 2, 236.4],
        ['Niamh Carberry', 3, 237.02],
      ],
    ]);
  });

  it('reads "receives the bronze" and "moves up from fifth to fourth" as revised places', () => {
    const races = deriveReport(
      [
        'CAS throws out Naibei appeal',
        '',
        "LAUSANNE, March 4, 2036 (AFP) - World Athletics confirmed that the results of the women's 10,000m final at the 2033 World Championships have been amended. Agnieszka Kowalczyk-Nowak, who clocked 30:13.20 that night, moves up to gold. Japan's Haruka Tanabe, who finished fourth in 30:20.61, receives the bronze. The American Brooke Halvorsen moves up from fifth to fourth.",
        '',
        'The Pole has since moved to the marathon, where her best is 2:19:48.',
      ].join('\n'),
    );
    expect(races.map((r) => resultRows(r))).toEqual([
      [
        ['Agnieszka Kowalczyk-Nowak', 1, 1813.2],
        ['Haruka Tanabe', 3, 1820.61],
        ['Brooke Halvorsen', 4, null],
      ],
    ]);
  });

  it('keeps "has moved up to fourth" at the bell out of the places', () => {
    const races = deriveReport(
      [
        'Olympic 5000m live',
        '',
        "20.27 Bell! In the women's 5000m final at the Brisbane 2032 Olympics, Tadesse leads and Kerr has moved up to fourth!",
        '',
        '20.29 Meseret Tadesse wins in 14:21.05! Maddie Kerr takes bronze in 14:23.90.',
      ].join('\n'),
    );
    expect(races.map((r) => resultRows(r))).toEqual([
      [
        ['Meseret Tadesse', 1, 861.05],
        ['Maddie Kerr', 3, 863.9],
      ],
    ]);
  });
});
