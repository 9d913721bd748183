/**
 * A U20 championships report: "controlled the boys' final" names the final (so "the fastest man in
 * Thursday's semi-finals", told after it, leaves the final a final and undated by Thursday), and an
 * Irish surname of three words after its particle ("Oisín Mac Giolla Phádraig") is a runner's name.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a U20 report on the boys' final", () => {
  const races = deriveReport(
    'European U20 Championships: Rincón strikes 800m gold\n\n' +
      'By our correspondent in Ljubljana – Saturday 18 July 2037\n\n' +
      "Spain's Álvaro Rincón and Norway's Ingrid Sæther claimed the two 800m titles on the third evening of " +
      'the European Athletics U20 Championships.\n\n' +
      "Boys' 800m\n\n" +
      "Rincón, 18, controlled the boys' final from start to finish. He led through 400m in 51.9 and never let " +
      'anyone past, crossing the line in 1:46.18.\n\n' +
      "Belgium's Matthis Claes, the fastest man in Thursday's semi-finals, took silver in 1:46.40, while " +
      "Germany's Jonas Weber came through for bronze, just edging Ireland's Oisín Mac Giolla Phádraig, who " +
      'was fourth in 1:47.05.',
  );

  it("reads the boys' final as the final, dated by the report's day", () => {
    expect(races.map((r) => [r.name.replace(/^.* – /, ''), r.date?.value ?? null])).toEqual([
      ["Men's 800m final", '2037-07-18'],
    ]);
  });

  it('reads an Irish name of four words as one runner', () => {
    expect(resultRows(races[0]!)).toContainEqual(['Oisín Mac Giolla Phádraig', 4, 107.05]);
  });
});
