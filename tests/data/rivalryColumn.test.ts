/**
 * A column on a rivalry that states the latest result by epithets: "the Ethiopian won the 5000m …
 * in 12:51.20, the Briton was second in 12:51.34". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a rivalry column that states a result by epithets', () => {
  const races = deriveReport(
    'Tuesday 12 June 2035\n\n' +
      "What Ethiopia's Yomif Tesema and Britain's Callum Ashby produced in Eugene on Sunday belongs in the second category.\n\n" +
      'For the record: the Ethiopian won the 5000m at the Prefontaine Classic in 12:51.20, the Briton was ' +
      "second in 12:51.34, and Kenya's Nicholas Lagat finished a lonely third.",
  );

  it('gives each epithet its own clause, place and time', () => {
    const [race] = races;
    expect(race && resultRows(race)).toEqual([
      ['Yomif Tesema', 1, 771.2],
      ['Callum Ashby', 2, 771.34],
      ['Nicholas Lagat', 3, null],
    ]);
  });
});

describe("a podcast's show notes", () => {
  it('gives the win told after ", where" to that clause\'s runner, not to the hosts', () => {
    const races = deriveReport(
      'Released Tuesday 2 October 2029\n\nHosts Dani Ferro and Tom Okoye are joined by coach Ruth Kamau to ' +
        "break down last Sunday's Berlin Marathon, where Ethiopia's Mekonnen Ayana stunned the favourites with a 2:02:51 win.",
    );
    expect(races.map((r) => [r.name, r.date?.value ?? null, resultRows(r)])).toEqual([
      ['Berlin Marathon 2029 – marathon', '2029-09-30', [['Mekonnen Ayana', 1, 7371]]],
    ]);
  });
});

describe('a win told after ", when"', () => {
  it('goes to the runner the "when" clause names, not the one named first in the sentence', () => {
    const races = deriveReport(
      "The women's 8km at Italica produced a close contest. Ethiopia's Hiwot Dessie and Kenya's Norah Chepkoech were " +
        'together until the final 300 metres, when Dessie found another gear to win in 26:31.',
    );
    expect(races.map(resultRows)).toEqual([[['Hiwot Dessie', 1, 1591]]]);
  });
});
