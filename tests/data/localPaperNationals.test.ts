/**
 * A local paper's report on its athletes at the national championships: the title one of them "had
 * finally got his hands on", his heat the day before, and another event told in a relative clause.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT =
  'THE RIVERSIDE CHRONICLE\nTuesday, July 29, 2025\n\n' +
  'There were scenes of celebration on Sunday night when word came through that Cathal Brennan had finally got his hands ' +
  'on the Irish senior 1,500m title.\n\n' +
  "Tipperary's Eoin Daly came back at him late but had to settle for silver in 3:41.30.\n\n" +
  'The 24-year-old Brennan produced a devastating last 200 metres to win the final of the National Senior Championships in 3:41.07. ' +
  'He had looked sharp from the off, winning his heat on Saturday afternoon in 3:49.55.\n\n' +
  'There was a medal too for Kilrush teenager Orla Keane, who ran the race of her life to take bronze in the ' +
  "women's 800m final on Saturday evening. The 19-year-old clocked 2:04.88 behind the winner, Leevale's Sadhbh Nolan, " +
  'who led from gun to tape and won in 2:03.12.';

describe("a local paper's report on the nationals", () => {
  const races = deriveReport(REPORT);
  const rows = races.map((r) => [r.name.replace(/^.*– /, ''), r.date?.value ?? null, resultRows(r)]);

  it('takes the title he "had finally got his hands on" for the race reported, not history', () => {
    const final = races.find((r) => r.name.endsWith('1500m final'));
    expect(final && [final.date?.value, resultRows(final)]).toEqual([
      '2025-07-27',
      [
        ['Cathal Brennan', 1, 221.07],
        ['Eoin Daly', 2, 221.3],
      ],
    ]);
  });

  it("tells the women's 800m final, named in a relative clause, as a race of the meeting with its own results", () => {
    const final = races.find((r) => r.name.endsWith("Women's 800m final"));
    expect(final?.date?.value).toBe('2025-07-26');
    expect(final?.results.map((r) => [r.athlete, r.place?.value ?? null])).toEqual([
      ['Sadhbh Nolan', 1],
      ['Orla Keane', 3],
    ]);
    expect(rows).toContainEqual(["Men's 1500m heat", '2025-07-26', [['Cathal Brennan', 1, 229.55]]]);
  });
});
