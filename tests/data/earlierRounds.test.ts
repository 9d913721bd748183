/**
 * A report on a final that tells an earlier round in a side clause, names a past edition's city in
 * passing, and calls the final by its day ("Tuesday night's final"). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { findRaceMentions } from '../../src/data/findRaceMentions';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a final told with its semi-final in a side clause', () => {
  const text =
    'Okoro wins Olympic 400m gold\n\nBy A WRITER AP Sports Writer\nJuly 18, 2028\n\n' +
    'LOS ANGELES (AP) — Femi Okoro won the Olympic 400-meter title on Tuesday.\n\n' +
    "Okoro won Tuesday night's final in 43.58, holding off Lesego Dube of Botswana, who finished 0.03 behind in 43.61, " +
    'in front of a big crowd at the Los Angeles Memorial Coliseum.\n\n' +
    'Dube had looked the favorite since Monday, when he won the second semifinal in 43.88, and jogged the last strides.\n\n' +
    'Behind them, Jamaica’s Ray Clarke was third in 44.02. Tom Marsh, a finalist in Paris four years ago, was fourth in 44.15.';

  it("keeps the final as the race in hand after the semi-final's side clause, and dates both", () => {
    const races = deriveReport(text).map((r) => ({
      name: r.name,
      date: r.date?.value ?? null,
      results: resultRows(r),
    }));
    expect(races).toEqual([
      {
        name: 'Los Angeles 2028 Olympics – 400m semi-final 2',
        date: '2028-07-17',
        results: [['Lesego Dube', 1, 43.88]],
      },
      {
        name: 'Los Angeles 2028 Olympics – 400m final',
        date: '2028-07-18',
        results: [
          ['Femi Okoro', 1, 43.58],
          ['Lesego Dube', 2, 43.61],
          ['Ray Clarke', 3, 44.02],
          ['Tom Marsh', 4, 44.15],
        ],
      },
    ]);
  });

  it('reads "Tuesday night\'s final" as a round, but not a final still to come or a stadium', () => {
    const rounds = (s: string) => findRaceMentions(s, 0, s.length).map((m) => [m.round, m.meetName]);
    expect(rounds("She won Tuesday night's final.")).toEqual([['final', null]]);
    expect(rounds("The first five qualified for Tuesday's final.")).toEqual([]);
    expect(rounds('at the Los Angeles Memorial Coliseum')).toEqual([]);
  });
});
