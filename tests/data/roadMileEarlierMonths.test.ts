/**
 * A magazine report on a September road mile: "The Fifth Avenue Mile" is the meeting (the article
 * is no part of its name); "In February he ran 3:48.77 to finish second in the Wanamaker Mile"
 * is an earlier month's race that the report does not move to; "for the final podium spot" names
 * no final. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'By Dana Whitby | September 12, 2033',
  '',
  "NEW YORK - The Fifth Avenue Mile has a way of exposing anyone, and on Sunday, September 11, 2033, Connor Ashford won the men's race in 3:51.2. Britain's Elliot Vane was second in 3:51.6.",
  '',
  'It has been a strong year for the 26-year-old. In February he ran 3:48.77 to finish second in the Wanamaker Mile at the Millrose Games, and he reached the semifinals at the World Championships in the summer.',
  '',
  'Niels de Graaf faded to fourth in 3:52.9.',
  '',
  "In the women's race, Ingrid Solheim won in 4:16.4. Faith Chelim held off Britain's Harriet Osae for the final podium spot; Osae was fourth in 4:19.0.",
].join('\n');

describe("a road mile with a runner's earlier races", () => {
  it('keeps the places told after "In February …" in the September race, and reads the meeting\'s name', () => {
    const races = deriveReport(REPORT);
    const byName = Object.fromEntries(races.map((r) => [r.name, resultRows(r)]));
    expect(byName["Fifth Avenue Mile 2033 – Men's mile"]).toEqual([
      ['Connor Ashford', 1, 231.2],
      ['Elliot Vane', 2, 231.6],
      ['Niels de Graaf', 4, 232.9],
    ]);
    expect(byName["Fifth Avenue Mile 2033 – Women's mile"]).toEqual([
      ['Ingrid Solheim', 1, 256.4],
      ['Harriet Osae', 4, 259],
    ]);
  });
});
