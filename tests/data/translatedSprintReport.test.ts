/**
 * A sprint final in translated wire copy: a job word before the name, the club after "from",
 * decimal commas, "the gold medal went to", "landed on place seven", and a past semi-final told in a
 * relative clause. Invented runners, clubs and times.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/data/findTimes';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Photo finish in Lisbon: Brandauer is European indoor champion\n\n9 March 2025\n\n' +
  'Lisbon (dpa) - Sprinter Lukas Brandauer has won the title at the European Indoor Championships over 60 metres. ' +
  'The 25-year-old from TSV Oberhain prevailed on Sunday evening in 6.57 seconds ahead of the Italian Marco Venturi, ' +
  'who was clocked in the same rounded time, and the Briton Kofi Mensah (6,60).\n\n' +
  'It is the first title for Brandauer, who two years ago in Prague had still been eliminated in the semi-final.\n\n' +
  'The second German in the final, Finn Ostwald from LG Nordstadt, landed on place seven with 6,71 seconds.\n\n' +
  "In the women's final the gold medal went to the Pole Ewa Lisowska in 7,08 ahead of the Swiss Lea Amrein (7,10) and the Belgian Noor Claes (7,12).";

const races = () =>
  deriveReport(text).map((r) => ({ name: r.name, round: r.round?.value, rows: resultRows(r) }));

describe('a sprint final in translated wire copy', () => {
  it('reads the men\'s final in order, with the job word, the club and the given name "Finn" read right', () => {
    const men = races().find((r) => r.rows.some(([who]) => who === 'Lukas Brandauer'));
    expect(men?.round).toBe('final');
    expect(men?.rows).toEqual([
      ['Lukas Brandauer', 1, 6.57],
      ['Marco Venturi', 2, null],
      ['Kofi Mensah', 3, 6.6],
      ['Finn Ostwald', 7, 6.71],
    ]);
  });

  it('reads "the gold medal went to" as a win, with the runners-up listed after it', () => {
    const women = races().find((r) => r.rows.some(([who]) => who === 'Ewa Lisowska'));
    expect(women?.rows).toEqual([
      ['Ewa Lisowska', 1, 7.08],
      ['Lea Amrein', 2, 7.1],
      ['Noor Claes', 3, 7.12],
    ]);
  });

  it('keeps the semi-final of two years ago out of this final, and takes no club for a runner', () => {
    const all = races();
    expect(all.filter((r) => r.round === 'semi-final').flatMap((r) => r.rows)).toEqual([]);
    expect(all.flatMap((r) => r.rows.map(([who]) => who))).not.toContain('Oberhain');
    expect(all.flatMap((r) => r.rows.map(([who]) => who)).some((w) => String(w).includes('Nordstadt'))).toBe(
      false,
    );
  });

  it('reads a sprint time with a decimal comma only where a time is told, not a bare count', () => {
    const raws = (t: string) => findTimes(t, 0, t.length).map((x) => x.raw);
    expect(raws('Mensah (6,60) was third.')).toEqual(['6.60']);
    expect(raws('She won in 7,08 ahead of Amrein.')).toEqual(['7.08']);
    expect(raws('He ran 6,71 seconds.')).toEqual(['6.71']);
    expect(raws('Some 6,58 fans and 12,50 euros.')).toEqual([]);
  });
});
