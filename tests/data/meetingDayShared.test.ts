/**
 * A local paper's report on a county schools championships names its day once ("on Saturday"),
 * under a dated masthead, for the race it leads on; the meeting's other races share that day. A
 * masthead whose fields are set apart by dashes dates the report, and "Saturday's rain" is the day
 * of the weather, not of a race. Invented runners, schools and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const SCHOOLS = [
  'THE FELLSIDE GAZETTE',
  'Tuesday, May 20, 2031',
  '',
  'Hartley in a class of her own at county schools',
  '',
  "Ambleside School's Nell Hartley booked her place at the English Schools Championships with a commanding win in the senior girls' 1500 metres at the Westmarch Schools Athletics Championships on Saturday.",
  '',
  'The 17-year-old won in 4:41.20.',
  '',
  "Owen Marsh, of Kirkby Grammar School, won the intermediate boys' 3000m at the Westmarch Schools Athletics Championships in 9:12.40.",
  '',
  "Ben Ashcroft won the junior boys' 800m at the Westmarch Schools Athletics Championships in 2:08.44.",
].join('\n');

const CROSS = [
  'NORTHERN VALLEY TIMES — Sport — Monday 15 January 2035',
  '',
  'Mud and hills: Ferreira wins at Valdemora',
  '',
  "VALDEMORA — Yesterday's Valdemora Cross Country was a battle from the gun.",
  '',
  "Portugal's Tiago Ferreira won the men's 10km race in 29:41 after a two-lap duel with Kenya's Dennis Koech, across a course turned heavy by Saturday's rain.",
  '',
  "Koech was second in 29:44. Ethiopia's Meseret Alemu won the women's 8km in 26:12.",
].join('\n');

describe('races of a one-day meeting that the report dates only once', () => {
  const races = deriveReport(SCHOOLS);

  it("dates the meeting's other races with the day told for its main race", () => {
    const westmarch = races.filter((r) => r.name.includes('Westmarch'));
    expect(westmarch.map((r) => r.event?.value)).toEqual(expect.arrayContaining(['1500m', '3000m', '800m']));
    expect(westmarch.map((r) => r.date?.value)).toEqual(westmarch.map(() => '2031-05-17'));
  });

  it("keeps each race's own results", () => {
    const boys800 = races.find((r) => r.name.includes('Westmarch') && r.event?.value === '800m');
    expect(boys800 && resultRows(boys800)[0]).toEqual(['Ben Ashcroft', 1, 128.44]);
  });
});

describe('a masthead set apart by dashes', () => {
  const races = deriveReport(CROSS);

  it("dates yesterday's races from the masthead, not from the weekday of the weather", () => {
    const men = races.find((r) => r.name.includes("Men's 10km"));
    const women = races.find((r) => r.name.includes("Women's 8km"));
    expect(men && resultRows(men)).toEqual([
      ['Tiago Ferreira', 1, 1781],
      ['Dennis Koech', 2, 1784],
    ]);
    expect(men?.date?.value).toBe('2035-01-14');
    expect(women?.date?.value).toBe('2035-01-14');
  });
});
