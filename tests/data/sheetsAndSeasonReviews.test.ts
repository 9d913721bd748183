/**
 * Readings found in sets 123 and 124's results sheet (h1458) and season review (h1465), and in set
 * 126's fixed-width notice (h1495): a round's line alone ("Final (20:40)") opening its race, a
 * meeting that "returns on" a later date, a continent's title won with its event, a place fought back
 * to, and the columns of an age-group table. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf, rowsByRace } from '../helpers/reportRaces';

const byName = <T extends [string, unknown]>(rows: T[]): T[] =>
  [...rows].sort(([a], [b]) => a.localeCompare(b));

describe('results sheets', () => {
  it('opens a new race at a round\'s line alone, "Final (20:40)", under the heats of its event', () => {
    const found = raceRowsOf(
      'HARBOURSIDE INDOOR MEETING',
      'Arena Kestrel, 2041-02-08 (Friday)',
      '',
      'WOMEN — 60m HURDLES',
      '',
      'Heat 1 (18:05)',
      '1. Tamsin Okoro-Vale (GBR) 7.93',
      '2. Ilse Marquardt (GER) 8.04',
      '',
      'Heat 2 (18:12)',
      '1. Renata Szabó-Kiss (HUN) 7.90',
      '2. Odile Fontaine-Ba (FRA) 8.01',
      '',
      'Final (20:40)',
      '1. Renata Szabó-Kiss (HUN) 7.86',
      '2. Tamsin Okoro-Vale (GBR) 7.89',
      '3. Odile Fontaine-Ba (FRA) 7.99',
    );
    // (The final is told first, as the race the sheet is on.)
    expect(rowsByRace(found).map(([name]) => name)).toEqual([
      "Women's 60m hurdles final",
      "Women's 60m hurdles heat 1",
      "Women's 60m hurdles heat 2",
    ]);
    expect(byName(rowsByRace(found))).toEqual(
      byName([
        [
          "Women's 60m hurdles heat 1",
          [
            ['Tamsin Okoro-Vale', 1, 7.93],
            ['Ilse Marquardt', 2, 8.04],
          ],
        ],
        [
          "Women's 60m hurdles heat 2",
          [
            ['Renata Szabó-Kiss', 1, 7.9],
            ['Odile Fontaine-Ba', 2, 8.01],
          ],
        ],
        [
          "Women's 60m hurdles final",
          [
            ['Renata Szabó-Kiss', 1, 7.86],
            ['Tamsin Okoro-Vale', 2, 7.89],
            ['Odile Fontaine-Ba', 3, 7.99],
          ],
        ],
      ]),
    );
  });

  it('does not date the meeting by the day it "returns on" next year', () => {
    const found = raceRowsOf(
      "VARNA, 9 June 2036 – Kenya's Daniel Kipsang Limo won the men's 800m at the Black Sea Grand Prix tonight in 1:44.80.",
      '',
      'Final (wind +0.4 m/s)',
      '1. Daniel Kipsang Limo (KEN) 1:44.80',
      '2. Petar Dimov-Raykov (BUL) 1:45.31',
      '',
      'The Black Sea Grand Prix returns on 15 June 2037.',
    );
    expect(found.map((r) => r.date)).toEqual(['2036-06-09']);
    expect(found[0]?.rows).toEqual([
      ['Daniel Kipsang Limo', 1, 104.8],
      ['Petar Dimov-Raykov', 2, 105.31],
    ]);
  });

  it('reads the race place in a table with a place within an age group, and a long name that runs into the club column', () => {
    const found = raceRowsOf(
      'RESULTS: Quayside Winter 5K, Napier',
      '',
      'Saturday, July 21, 2040.',
      '',
      'WOMEN',
      'Pos  Bib   Name                      Club                   AG      AG Pl  Time',
      '  1  2001  Ruby Tawhiri-Lane         Napier Harriers        W20-34    1    16:31',
      '  2  2014  Annelies van der Westhoek Port Runners           W35-39    1    16:50',
      '  3  2030  Kiri Hohaia-Scott         Unattached             W20-34    2    17:05',
      '',
      "Notes: Tawhiri-Lane's time is a course record (previous 16:40, 2038).",
    );
    expect(rowsByRace(found)).toEqual([
      [
        "Women's 5km",
        [
          ['Ruby Tawhiri-Lane', 1, 991],
          ['Annelies van der Westhoek', 2, 1010],
          ['Kiri Hohaia-Scott', 3, 1025],
        ],
      ],
    ]);
  });
});

describe('season reviews', () => {
  it('reads "won the European 1500m title" as the European Championships\' race, not the championships told before', () => {
    const found = raceRowsOf(
      'THE YEAR IN REVIEW | published 29 December 2039',
      '',
      'At the Commonwealth Games in Hamilton, Daniel Okello-Barno won the 10,000m on 30 July in 27:31.08.',
      '',
      'In August Ruben Falk-Nygaard won the European 1500m title in 3:31.77.',
    );
    expect(found.map((r) => [r.name, r.rows])).toEqual([
      ['Commonwealth Games 2039 – 10000m', [['Daniel Okello-Barno', 1, 1651.08]]],
      ['European Championships 2039 – 1500m', [['Ruben Falk-Nygaard', 1, 211.77]]],
    ]);
  });

  it('reads the place a runner "fought back to" after a fall', () => {
    const found = raceRowsOf(
      "At the World Cross Country Championships on 14 February 2038, Mathieu Roux-Amara won the senior men's 10km in 29:55. Djibouti's Ayanle Guedi Farah, the favourite, slipped at the log barrier on lap three and fought back to fourth.",
    );
    expect(found.flatMap((r) => r.rows)).toEqual([
      ['Mathieu Roux-Amara', 1, 1795],
      ['Ayanle Guedi Farah', 4, null],
    ]);
  });
});
