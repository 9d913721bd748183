/**
 * Cross-country races over kilometres that are no track distance ("the U20 women's 4km title", "the
 * senior women's 8km race"), beside points of a race told in kilometres ("a stumble at a drink station
 * near 4km") that are no race. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { eventOf } from '../../src/data/lexicon/events';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('cross-country races over kilometres', () => {
  it('reads a distance in kilometres under 5km that is no track distance as a race of its own', () => {
    expect(eventOf('4', 'km', '')).toEqual({ label: '4km', distance: 4000 });
    expect(eventOf('3', 'K', '')).toEqual({ label: '3000m', distance: 3000 });
  });

  it("keeps the U20 women's 4km apart from the U20 men's 6km told in the same sentence", () => {
    const races = deriveReport(
      'Results\n\nU20 races\n\n' +
        "Norway's Magnus Solheim won the U20 men's 6km race in 18:41, with Italy's Davide Santi second, and " +
        "Belgium's Fien Verhaegen took the U20 women's 4km title in 13:55.",
    );
    const of = (part: string) => resultRows(races.find((r) => r.name.includes(part))!);
    expect(of('6km')).toEqual([
      ['Magnus Solheim', 1, 1121],
      ['Davide Santi', 2, null],
    ]);
    expect(of('4km')).toEqual([['Fien Verhaegen', 1, 835]]);
  });

  it('takes no race from a point of a race told in kilometres', () => {
    const races = deriveReport(
      "Results\n\nTane Whiti won the men's 10km in 28:10. Brodie Mac never recovered from a stumble at a " +
        'drink station near 4km and came home fifth in 29:31.',
    );
    expect(races.map((r) => r.name)).toEqual([expect.stringContaining("Men's 10km")]);
    expect(resultRows(races[0]!)).toEqual([
      ['Tane Whiti', 1, 1690],
      ['Brodie Mac', 5, 1771],
    ]);
  });
});
