/**
 * Readings found in set 127's sponsorship release (h1507): a bulleted list of a runner's wins with no
 * subject on each line, a race named after "in the under-20 race at", a medal at championships named
 * after a Diamond League race, "breaking the tape in", and a coach who is "a former 400m hurdler".
 * Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf, rowsNamed } from '../helpers/reportRaces';

describe("a bulleted list of a runner's season", () => {
  const found = raceRowsOf(
    "Lisbon, 9 March 2041 – Corvo Running today signs Rwanda's Emmanuel Habimana Nkurunziza.",
    '',
    'Nkurunziza, 22, joins on a three-year deal. The signing caps a fine 2040 for the Rwandan, who:',
    '',
    "• won the senior men's race at the 2040 World Cross Country Championships in Oaxaca in 29:02;",
    '• followed that with victory at the Lakeshore Half Marathon in May, breaking the tape in 60:15;',
    "• finished runner-up in the 5000m at the Golden Gala in Rome in June in 12:55.10, just behind Ethiopia's Dawit Alemu Bekele.",
    '',
    'It is a far cry from his first appearance on the global stage, when he finished 17th in the under-20 race at the 2036 World Cross Country Championships.',
  );

  it('gives each line that opens on a verb to the runner the list is about', () => {
    expect(rowsNamed(found, /World Cross Country Championships 2040/)).toEqual([
      ['Emmanuel Habimana Nkurunziza', 1, 1742],
    ]);
    expect(rowsNamed(found, /Rome/)).toEqual([
      ['Dawit Alemu Bekele', 1, null],
      ['Emmanuel Habimana Nkurunziza', 2, 775.1],
    ]);
  });

  it('reads the time of a win told as "breaking the tape in 60:15"', () => {
    expect(rowsNamed(found, /Lakeshore/)).toEqual([['Emmanuel Habimana Nkurunziza', 1, 3615]]);
  });

  it('puts a place "in the under-20 race at" past championships in those championships, with the subject of the list', () => {
    expect(rowsNamed(found, /World Cross Country Championships 2036/)).toEqual([
      ['Emmanuel Habimana Nkurunziza', 17, null],
    ]);
  });
});

describe('medals and places at championships named after the place', () => {
  it('reads "took silver in the 10,000m at the European Championships" after a Diamond League race, and "fourth at last year\'s" championships', () => {
    const found = raceRowsOf(
      "Norway's Ingrid Sæther Lunde was third in the 5000m at the Bislett Games in Oslo in June 2040 in 14:41.20.",
      '',
      "Sæther Lunde, 27, took silver in the 10,000m at the 2038 European Championships and was fourth at last year's European Cross Country Championships.",
    );
    expect(rowsNamed(found, /European Championships 2038/)).toEqual([['Ingrid Sæther Lunde', 2, null]]);
    expect(rowsNamed(found, /European Cross Country/)).toEqual([['Ingrid Sæther Lunde', 4, null]]);
    expect(rowsNamed(found, /Oslo|Bislett/)).toEqual([['Ingrid Sæther Lunde', 3, 881.2]]);
  });
});

describe('a career told by an event', () => {
  it('takes "a former 400m hurdler" for no race, after a race of no event', () => {
    const found = raceRowsOf(
      "Uganda's Rose Achieng Okello finished 11th at the 2039 World Cross Country Championships.",
      '',
      'Her coach is Peter Wandera, a former 400m hurdler who now runs a group of 20 athletes.',
      '',
      'At the Herculis meeting in Monaco in July 2040, Okello took the lead with 600 metres left and won in 9:01.33.',
    );
    expect(found.map((r) => r.name).filter((n) => /400m/.test(n))).toEqual([]);
    expect(rowsNamed(found, /Monaco/)).toEqual([['Rose Achieng Okello', 1, 541.33]]);
  });
});

describe('titles, winners and results pages', () => {
  it('reads "won the UK title in Birmingham in 22.41" as the national championships, and "behind the winner, Jamaica\'s X" as her win', () => {
    const found = raceRowsOf(
      'British 200m runner Chiamaka Osei-Barnes will miss the Games with a torn hamstring.',
      '',
      "A fortnight earlier she won the UK title in Birmingham in 22.47, a season's best, and she had been tipped to go one better than at the last Commonwealth Games in 2034, where she took silver 0.08 behind the winner, Jamaica's Shanique Brown-Lattimore.",
    );
    expect(rowsNamed(found, /Commonwealth/)).toEqual([
      ['Shanique Brown-Lattimore', 1, null],
      ['Chiamaka Osei-Barnes', 2, null],
    ]);
    expect(found.filter((r) => !/Commonwealth/.test(r.name)).flatMap((r) => r.rows)).toEqual([
      ['Chiamaka Osei-Barnes', 1, 22.47],
    ]);
  });

  it('reads a pipe table whose bars stand only between its cells, and dates it by its heading, not by a deadline or a notice', () => {
    const found = raceRowsOf(
      'OFFICIAL RESULTS — 9th Larkfield Lantern 5K',
      'Thursday, October 3, 2041 · Riverside Park, Larkfield · 412 finishers',
      '',
      'Results are final unless a correction is posted below by Monday.',
      '',
      'TOP 3 WOMEN',
      'Pos | Bib  | Name                   | Age | Div   | Div Pl | Time    | Pace/mi',
      '1   | 1044 | Rosalind Achterberg    | 29  | F2529 | 1      | 16:58.2 | 5:28',
      '2   | 1187 | Maren Kowalczyk-Hale   | 34  | F3034 | 1      | 17:21.9 | 5:35',
      '3   | 1009 | Tilda Nakashima        | 41  | F4044 | 1      | 17:40.4 | 5:41',
      '',
      'CORRECTION (posted Friday 9:15 a.m.): Bib 2144 has been removed from the results.',
    );
    expect(found.flatMap((r) => r.rows)).toEqual([
      ['Rosalind Achterberg', 1, 1018.2],
      ['Maren Kowalczyk-Hale', 2, 1041.9],
      ['Tilda Nakashima', 3, 1060.4],
    ]);
    expect(found.map((r) => r.date)).toEqual(['2041-10-03']);
  });
});

describe('a coaching story', () => {
  it('takes a headline\'s shortened name for the runner the story names in full, and reads "ninth over 5000m in 14:48.30"', () => {
    const found = raceRowsOf(
      'World champion Mahlet Gebre leaves long-time coach',
      '',
      'Mahlet Gebre Tadesse, the reigning world champion, has ended her partnership with her coach.',
      '',
      'At the Stockholm Diamond League meeting earlier this month, Gebre Tadesse finished ninth over 5000m in 14:51.60.',
    );
    expect(found.map((r) => [r.name.replace(/ \(.*\)$/, ''), r.rows])).toEqual([
      ['Stockholm Diamond League – 5000m', [['Mahlet Gebre Tadesse', 9, 891.6]]],
    ]);
  });
});
