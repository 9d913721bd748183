/**
 * Readings found in set 120's TV transcript (h1413), club post (h1424) and magazine long read (h1423):
 * a graphic's entries set off by bars, with initials and surnames in capitals that drop their accents;
 * bib numbers after the place and a place without a time ("NT"); surnames alone beside full names in
 * a comma run; a double surname written alone in a list; an event that opens its sentence after a
 * word of when; and a list's time to hundredths beside the prose's to thousandths. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, raceRowsOf, resultRows } from '../helpers/reportRaces';

describe('results lists of many shapes', () => {
  it("reads a TV graphic's entries set off by bars, surnames in capitals without their accents", () => {
    const found = raceRowsOf(
      "TRANSCRIPT: WOMEN'S 800M, ZILINA MEETING, Thursday 7 June 2029",
      '',
      'GPO: Thandeka Ndlovu wins it! Jimena Ortiz de Zárate of Spain is fourth, Maja Kasprzak second.',
      '',
      '[GRAPHIC: PROVISIONAL - 1 T. NDLOVU RSA 1:57.03 MR | 2 M. KASPRZAK POL 1:57.41 | 3 J. ORTIZ DE ZARATE ESP 1:58.60]',
    );
    expect(found.flatMap((r) => r.rows)).toEqual([
      ['Thandeka Ndlovu', 1, 117.03],
      ['Maja Kasprzak', 2, 117.41],
      ['Jimena Ortiz de Zárate', 3, 118.6],
    ]);
  });

  it('reads numbered lines with bib numbers, and a place whose time was not taken', () => {
    const found = raceRowsOf(
      "MEN'S 400M - FINAL",
      '1. #52 - Marcus Oyelaran-Jones (M20-29, Westside TC) 47.95',
      '2. #44 - Dario Ferreira (M20-29, Coquitlam Cheetahs) 48.30',
      '3. #71 - Aiden Two-Rivers NT (timing fault)',
    );
    expect(found.flatMap((r) => r.rows)).toEqual([
      ['Marcus Oyelaran-Jones', 1, 47.95],
      ['Dario Ferreira', 2, 48.3],
      ['Aiden Two-Rivers', 3, null],
    ]);
  });

  it('reads surnames alone beside full names in one comma run, and a double surname told alone', () => {
    const found = raceRowsOf(
      'Nairobi long read',
      '',
      "The women's 3000m steeplechase went to Loice Jerotich Biwott, who beat Ruth Alemayehu Gebre. Alemayehu Gebre, the Ethiopian, was second.",
      '',
      'Result: 1 Biwott (KEN) 8:51.62, 2 Alemayehu Gebre (ETH) 8:53.10, 3 Kaylee Brandvold (USA) 9:03.08.',
    );
    expect(found.flatMap((r) => r.rows)).toEqual([
      ['Loice Jerotich Biwott', 1, 531.62],
      ['Ruth Alemayehu Gebre', 2, 533.1],
      ['Kaylee Brandvold', 3, 543.08],
    ]);
  });

  it('moves to an event that opens its sentence after a word of when', () => {
    const races = deriveReport(
      [
        'Nairobi report',
        '',
        "The women's 3000m steeplechase was won by Ana Lopez in 9:14.20.",
        '',
        "Twenty-four hours later, the men's 5000m was slow. Dawit Hailu won in 12:48.37.",
      ].join('\n'),
    );
    expect(races.map((r) => [r.name, resultRows(r)])).toEqual([
      ["Men's 5000m (report.txt)", [['Dawit Hailu', 1, 768.37]]],
      ["Women's 3000m steeplechase (report.txt)", [['Ana Lopez', 1, 554.2]]],
    ]);
  });

  it("keeps the prose's time to thousandths over a list's same time to hundredths", () => {
    const races = deriveReport(
      [
        "Zurich: men's 100m",
        '',
        'Dwayne Sinclair-Morgan won in 9.874. Tre Ellis was second in 9.879 by the photo-finish reading.',
        '',
        'Full 100m result: 1. Dwayne Sinclair-Morgan (JAM) 9.87; 2. Tre Ellis (USA) 9.87; 3. Lesedi Mothibi (BOT) 9.93.',
      ].join('\n'),
    );
    const ellis = races.flatMap((r) => r.results).find((x) => x.athlete === 'Tre Ellis');
    expect(ellis?.time?.value).toBe(9.879);
    expect(ellis?.place?.value).toBe(2);
  });
});
