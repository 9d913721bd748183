/**
 * A cross-country championships report: "Tadesse, who was second in the senior 10km in Ljubljana two
 * years ago" tells the event in hand's edition of two years before, not this one's; "a winning time
 * from two years ago" after a race's own result leaves that result in the race now reported. Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'World Cross Country Championships 2030: Tadesse finally lands the big one',
  '',
  'Published 16 March 2030',
  '',
  "The senior men's 10km at the World Cross Country Championships was an attritional affair. Tadesse Abera, who was second in the senior 10km in Ljubljana two years ago, won in 28:51, two seconds ahead of Kenya's Daniel Ruto.",
  '',
  "Earlier, Kenya's Brian Kosgei won the under-20 men's 8km in 23:10, more than half a minute slower than the winning time from two years ago.",
].join('\n');

describe('an edition told as two years ago', () => {
  const races = deriveReport(REPORT);
  const rows = (name: string) => races.filter((r) => r.name.includes(name)).map(resultRows);

  it('is the edition two years before, with the place told of it', () => {
    expect(rows("2028 – Men's 10km")).toEqual([[['Tadesse Abera', 2, null]]]);
  });

  it("keeps this year's results in this year's races", () => {
    expect(rows("2030 – Men's 10km")).toEqual([[['Tadesse Abera', 1, 1731]]]);
    expect(rows("2030 – Men's 8km")).toEqual([[['Brian Kosgei', 1, 1390]]]);
  });
});
