/**
 * A TV website's fact box gives the Games' days as a range ("Dates: 23 July - 2 August"): neither end
 * dates a race or the report, so "Monday's final" takes its day from the race of the meeting the
 * report does date ("Earlier on Monday 27 July"). A wire dateline followed by a dash ("LOS ANGELES,
 * July 22, 2028 — For 24 laps") is no range. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport } from '../helpers/reportRaces';

const REPORT = [
  'Commonwealth Games 2026: Ricketts pips Adams to 100m gold',
  '',
  'Commonwealth Games 2026',
  'Venue: Glasgow | Dates: 23 July - 2 August',
  '',
  "Jamaica's Oshane Ricketts won Monday's men's 100m final at the Commonwealth Games in Glasgow in 9.95, with Trinidad and Tobago's Reuben Adams second in 9.96.",
  '',
  '',
  "It was a turnaround for Ricketts, who had only squeezed into Monday's final as a fastest loser after finishing third in the first of the evening's semi-finals in 10.07.",
  '',
  "Earlier on Monday 27 July, Nigeria's Blessing Okafor took the women's 100m title in 10.94 seconds.",
].join('\n');

const WIRE = [
  'Chelimo waits, then strikes to take Olympic 10,000m gold',
  '',
  "LOS ANGELES, July 22, 2028 — For 24 laps Mercy Chelimo did nothing at all. On the 25th she won the women's 10,000 metres final at the Los Angeles 2028 Olympics in 30:43.25.",
].join('\n');

describe("a meeting's range of days", () => {
  it('dates no race; the final takes the day of its meeting that the report dates', () => {
    const races = deriveReport(REPORT);
    const men = races.find((r) => r.name.includes("Men's 100m final"));
    expect(men?.date?.value).toBe('2026-07-27');
  });

  it("reads the first of the evening's semi-finals as semi-final 1, leaving the final its day", () => {
    const races = deriveReport(REPORT);
    const semi = races.find((r) => r.name.includes('semi-final 1'));
    expect(semi?.results.map((x) => [x.athlete, x.place?.value, x.time?.value])).toEqual([
      ['Oshane Ricketts', 3, 10.07],
    ]);
    expect(races.find((r) => r.name.includes("Men's 100m final"))?.date?.value).toBe('2026-07-27');
  });

  it('is not read into a wire dateline that a dash follows', () => {
    const races = deriveReport(WIRE);
    expect(races.map((r) => r.date?.value)).toEqual(['2028-07-22']);
  });
});
