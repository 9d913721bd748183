/**
 * Readings found on held-out set 48: a German results page in two languages, whose tables head the
 * time column "Zeit", write times with a decimal comma ("6,61"), head each round "Vorlauf 1 / Heat 1"
 * or "Finale / Final" and date it "Sa./Sat. 23.02.2036". Invented runners, clubs and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a bilingual results page with decimal commas', () => {
  const races = deriveReport(
    [
      'Norddeutsche Hallenmeisterschaften 2035 / North German Indoor Championships 2035',
      'Ergebnisse / Results',
      '',
      '60m Männer / Men - Vorlauf 1 / Heat 1           Sa./Sat. 17.02.2035  11:05',
      'Pl  Name                         Nat  Verein/Club              Zeit',
      ' 1  Jonas Albrecht               GER  LG Nord Berlin           6,68  Q',
      ' 2  Malik Boateng-Hesse          GER  Hamburger SV             6,71  Q',
      '',
      '60m Männer / Men - Finale / Final               So./Sun. 18.02.2035  16:40',
      'Pl  Name                         Nat  Verein/Club              Zeit    RT',
      ' 1  Malik Boateng-Hesse          GER  Hamburger SV             6,62    0,139',
      ' 2  Jonas Albrecht               GER  LG Nord Berlin           6,64    0,151',
    ].join('\n'),
  );

  it('reads the "Zeit" column with its decimal commas, and not the reaction times', () => {
    const heat = races.find((r) => r.round?.value === 'heat');
    const final = races.find((r) => r.round?.value === 'final');
    expect(heat && resultRows(heat)).toEqual([
      ['Jonas Albrecht', 1, 6.68],
      ['Malik Boateng-Hesse', 2, 6.71],
    ]);
    expect(final && resultRows(final)).toEqual([
      ['Malik Boateng-Hesse', 1, 6.62],
      ['Jonas Albrecht', 2, 6.64],
    ]);
  });

  it('dates each round by the day its heading gives with dots', () => {
    expect(races.find((r) => r.round?.value === 'heat')?.date?.value).toBe('2035-02-17');
    expect(races.find((r) => r.round?.value === 'final')?.date?.value).toBe('2035-02-18');
  });
});
