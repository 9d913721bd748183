/**
 * A local paper's report on a two-day conference meet: "The two-day meet opened Friday, May 9"
 * tells the meeting's first day, so "On Saturday" and "Friday night" are days of that meeting. A
 * runner who "won his 400-meter preliminary heat" ran a heat of the meeting in hand, and "In
 * Saturday's final he ran even quicker, 46.80, but that was good only for second" is his final.
 * The dateline's place is no runner, and "The Harlan State senior and Millbrook High graduate" is
 * the runner the report is about. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Lindqvist leads Lakers to best finish in a decade',
  '',
  'CEDAR FALLS — Kaylee Lindqvist has spent four years chasing a conference title. On Saturday, in the last outdoor championship race of her college career, she finally ran one down.',
  '',
  "The Harlan State senior and Millbrook High graduate won the women's 800 meters final in 2:05.31 at the 2036 Prairie Athletic Conference Outdoor Championships, holding off Northfield State's Anaya Obi, who finished in 2:05.88.",
  '',
  'The two-day meet opened Friday, May 9, with preliminaries.',
  '',
  "Junior Marcus Tell won his 400-meter preliminary heat Friday night in 47.12. In Saturday's final he ran even quicker, 46.80, but that was good only for second behind Prairie Tech's Jordan Whitacre, who stopped the clock at 46.55.",
].join('\n');

describe('a meet told to have opened on a day', () => {
  const races = deriveReport(REPORT);
  const race = (event: string, round: string) =>
    races.find((r) => r.event?.value === event && r.round?.value === round);

  it('dates a race told "On Saturday" from the day the meet opened, won by the runner of the dateline\'s sentence', () => {
    const final = race('800m', 'final');
    expect(final && resultRows(final)).toEqual([
      ['Kaylee Lindqvist', 1, 125.31],
      ['Anaya Obi', null, 125.88],
    ]);
    expect(final?.date?.value).toBe('2036-05-10');
  });

  it("reads a runner's own heat, won on Friday night, as a heat of the meeting on its first day", () => {
    const heat = race('400m', 'heat');
    expect(heat && resultRows(heat)).toEqual([['Marcus Tell', 1, 47.12]]);
    expect(heat?.date?.value).toBe('2036-05-09');
  });

  it('reads "that was good only for second behind X" as the runner\'s place, with X the winner', () => {
    const final = race('400m', 'final');
    expect(final && resultRows(final)).toEqual([
      ['Jordan Whitacre', 1, 46.55],
      ['Marcus Tell', 2, 46.8],
    ]);
    expect(final?.date?.value).toBe('2036-05-10');
  });
});
