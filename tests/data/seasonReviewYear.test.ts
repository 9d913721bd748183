/**
 * A season review whose year is told in its heading ("SEASON REVIEW 2032"), that opens on a past
 * result ("had finished ninth in the 2031 world final"), and whose season opens "at the Meeting
 * Hauts-de-France Pas-de-Calais in Liévin". Invented runner and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a season review that opens on a past year's result", () => {
  const races = deriveReport(
    "SEASON REVIEW 2032 | Ana Ferreira: the year Portugal's miler arrived\n\n" +
      'A year ago Ana Ferreira was a promising 1500m runner who had finished ninth in the 2031 world final. ' +
      'We look back at the races that shaped her 2032.\n\n' +
      'The season opened on Saturday 14 February at the Meeting Hauts-de-France Pas-de-Calais in Liévin, ' +
      'where Ferreira won the 1500m in 4:01.33.\n\n' +
      'At the Diamond League Final in Brussels on 10 September, Ferreira won in 3:57.80, a national record.',
  );
  const dated = (time: number) =>
    races.find((r) => r.results.some((x) => x.time?.value === time))?.date?.value ?? null;

  it("dates the season's races in the review's year, not the past result's", () => {
    expect(dated(241.33)).toBe('2032-02-14');
    expect(dated(237.8)).toBe('2032-09-10');
  });

  it('reads a meeting named after the word "Meeting" as a race of its own', () => {
    const lievin = races.find((r) => r.name.includes('Meeting Hauts-de-France Pas-de-Calais'));
    expect(resultRows(lievin!)).toEqual([['Ana Ferreira', 1, 241.33]]);
  });
});
