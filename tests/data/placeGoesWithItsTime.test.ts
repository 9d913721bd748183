/**
 * A championship report whose lede names two finals ("… champion in the 3000 metres, and Ferrer
 * added a silver in the 60 metres hurdles") and then tells the 3000m: a place told with a time that
 * cannot be run over the race last named ("finished second in 7:38.97") goes with its time to the
 * race it fits, while a runner's split in another clause ("through the bell in 56.9") moves no place.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'European Indoor Championships 2039: Castillo wins 3000m gold',
  '',
  "Adrián Castillo is European indoor champion in the men's 3000 metres, and Lucía Ferrer added a silver in the women's 60 metres hurdles.",
  '',
  'Castillo crossed the line with his arms open in 7:38.42. The Frenchman Théo Marchand finished second in 7:38.97. The Norwegian Eirik Brekke was third in 7:39.30.',
].join('\n');

const MEETING = [
  'Stockholm Gala 2028',
  '',
  "Femke Dijkstra won the women's 400m hurdles in 54.80.",
  '',
  "In the women's 800m, Britain's Hannah Odell led from gun to tape to win in 1:58.30, having gone through the bell in a brisk 56.9.",
].join('\n');

describe('a place told with a time that fits another race', () => {
  it('goes to the race its time fits, with the time', () => {
    const races = deriveReport(REPORT);
    const final = races.find((r) => r.event?.value === '3000m');
    expect(final && resultRows(final)).toEqual([
      ['Adrián Castillo', 1, 458.42],
      ['Théo Marchand', 2, 458.97],
      ['Eirik Brekke', 3, 459.3],
    ]);
    const hurdles = races.find((r) => r.event?.value === '60m hurdles');
    expect(hurdles?.results.map((x) => x.athlete) ?? []).not.toContain('Théo Marchand');
  });

  it("stays put when the runner's own time fits the race told", () => {
    const races = deriveReport(MEETING);
    const eight = races.find((r) => r.event?.value === '800m');
    expect(eight && resultRows(eight)[0]).toEqual(['Hannah Odell', 1, 118.3]);
  });
});
