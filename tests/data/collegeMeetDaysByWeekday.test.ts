/**
 * A student paper's Monday report on a four-day conference meet dates its races by weekday: the
 * 1,500m final "Sunday's race" (in a sentence on a best "which would have won" it), the runner's
 * "1,500m prelim heat" on Friday, and "That 10K final" on Thursday, the 10,000 meters told before.
 * A headline's final that a runner "falls just short of" is not run. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const PAPER = [
  'THE CAMPUS HERALD | SPORTS | Monday, May 14, 2040',
  '',
  'Okafor doubles up as Badgers finish third at conference outdoors',
  '',
  "Three days after winning the 10,000 meters, Chidi Okafor outkicked Michigan's Connor Vandeberg to take the 1,500 meters title in 3:38.91 on the final day of the Lakes Conference Outdoor Track and Field Championships.",
  '',
  "Vandeberg crossed in 3:39.20, and Indiana's Tomás Echeverría was third in 3:39.64.",
  '',
  "That 10K final came on Thursday night, when Okafor broke away from Oregon's Samuel Kiprono to win in 28:52.47. On Friday he came back to win his 1,500m prelim heat in 3:45.02.",
  '',
  "His personal best for 1,500m is 3:36.75, which would have won Sunday's race comfortably.",
].join('\n');

const HEADLINE = [
  'Hometown runner falls just short of Olympic final',
  '',
  'Maya Whitfield was right where she needed to be in her 800m semi-final at the 2028 Olympic Games in Los Angeles on July 17.',
  '',
  'The 23-year-old finished third in 1:58.94.',
].join('\n');

describe("a college paper's meet told by weekdays", () => {
  const races = deriveReport(PAPER);
  const race = (event: string, round: string | null) =>
    races.find((r) => r.event?.value === event && (r.round?.value ?? null) === round);

  it('dates the final from "Sunday\'s race" in a sentence on what a best would have won', () => {
    const final = races.find((r) => r.event?.value === '1500m' && r.round?.value !== 'heat');
    expect(final && resultRows(final)).toEqual([
      ['Chidi Okafor', 1, 218.91],
      ['Connor Vandeberg', 2, 219.2],
      ['Tomás Echeverría', 3, 219.64],
    ]);
    expect(final?.date?.value).toBe('2040-05-13');
  });

  it('reads "his 1,500m prelim heat" as a heat of its own, on Friday', () => {
    const heat = race('1500m', 'heat');
    expect(heat && resultRows(heat)).toEqual([['Chidi Okafor', 1, 225.02]]);
    expect(heat?.date?.value).toBe('2040-05-11');
  });

  it('takes "That 10K final" for the 10,000 meters told before, on Thursday', () => {
    const tenK = races.filter((r) => r.event?.value === '10000m' || r.event?.value === '10km');
    expect(tenK).toHaveLength(1);
    expect(tenK[0] && resultRows(tenK[0])).toEqual([['Chidi Okafor', 1, 1732.47]]);
    expect(tenK[0]?.date?.value).toBe('2040-05-10');
  });
});

describe('a final a runner fell short of', () => {
  it('puts her result in the semi-final she ran, with its day', () => {
    const races = deriveReport(HEADLINE);
    expect(races.map((r) => r.round?.value ?? null)).toEqual(['semi-final']);
    expect(races[0] && resultRows(races[0])).toEqual([['Maya Whitfield', 3, 118.94]]);
    expect(races[0]?.date?.value).toBe('2028-07-17');
  });
});
