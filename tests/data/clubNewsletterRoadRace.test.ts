/**
 * A running club's newsletter on a county 10K: age-group winners told beside the overall places, a
 * results list headed "Men's top ten (county championship)" after the women's race was told, and a
 * "Coming up:" note on the club's next race. Invented runners, clubs and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a club newsletter on a county 10K', () => {
  const races = deriveReport(
    'Posted Tuesday 14 October 2031 by the Club Secretary\n\n' +
      "Tom Ashdown ran a superb race to win the men's county 10K title in 31:47 last Sunday.\n\n" +
      "Eastleigh's Mark Ellery won the M40 category by finishing third overall in the men's race, while " +
      'our own Dave Horrocks took the M50 title in 36:05.\n\n' +
      "In the women's race, Rachel Oduya was runner-up in 35:50, unable to catch Beth Carrow, who won in 35:12.\n\n" +
      "Men's top ten (county championship)\n" +
      '1. Tom Ashdown (Harrowfield Harriers) 31:47\n' +
      '2. Kwame Mensah (Southampton AC) 31:59\n' +
      '3. Mark Ellery (Eastleigh RR) 32:15\n\n' +
      'Coming up: our own Harrowfield Hobble is on Sunday 9 November and we need marshals.',
  );
  const men = races.find((r) => r.results.some((x) => x.athlete === 'Tom Ashdown'));
  const women = races.find((r) => r.results.some((x) => x.athlete === 'Beth Carrow'));

  it("puts the list headed \"Men's top ten\" in the men's race, not the women's told before it", () => {
    expect(men && resultRows(men)).toEqual([
      ['Tom Ashdown', 1, 1907],
      ['Kwame Mensah', 2, 1919],
      ['Mark Ellery', 3, 1935],
      ['Dave Horrocks', null, 2165],
    ]);
    expect(women && resultRows(women)).toEqual([
      ['Beth Carrow', 1, 2112],
      ['Rachel Oduya', 2, 2150],
    ]);
  });

  it('reads an age group won ("the M40 category", "the M50 title") as no win of the race', () => {
    expect(men?.results.filter((x) => x.place?.value === 1).map((x) => x.athlete)).toEqual(['Tom Ashdown']);
  });

  it('dates no race by the day of the race "coming up"', () => {
    expect(races.map((r) => r.date?.value)).not.toContain('2031-11-09');
  });
});

describe('a magazine road mile with its results under "RESULTS - ELITE MEN" and "- ELITE WOMEN"', () => {
  const races = deriveReport(
    'The 2030 Harbour Mile delivered two close elite finishes.\n\n' +
      "The men's elite heat went out cautiously. Nico Brandt crossed the line in front of the Maritime " +
      'Museum in 3:51.3.\n\n' +
      "The women's race was tighter still, and Hanna Kowal won it by a lean.\n\n" +
      'RESULTS - ELITE MEN\n' +
      '1. Nico Brandt (GER) 3:51.3\n' +
      '2. Jamal Whitfield (USA) 3:51.6\n\n' +
      'RESULTS - ELITE WOMEN\n' +
      '1. Hanna Kowal (POL) 4:16.8\n' +
      '2. Brooke Adeyemi (USA) 4:17.0\n',
  );

  it('puts each list in the race of its heading', () => {
    const men = races.find((r) => r.results.some((x) => x.athlete === 'Nico Brandt'));
    const women = races.find((r) => r.results.some((x) => x.athlete === 'Hanna Kowal'));
    expect(men && resultRows(men)).toEqual([
      ['Nico Brandt', 1, 231.3],
      ['Jamal Whitfield', 2, 231.6],
    ]);
    expect(women && resultRows(women)).toEqual([
      ['Hanna Kowal', 1, 256.8],
      ['Brooke Adeyemi', 2, 257],
    ]);
  });

  it('takes "the Maritime Museum" for a landmark, not a runner', () => {
    expect(races.flatMap((r) => r.results.map((x) => x.athlete))).not.toContain('Maritime Museum');
  });
});
