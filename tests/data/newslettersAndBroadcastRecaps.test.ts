/**
 * Readings found on held-out set 66 (a radio report on a city marathon, a club newsletter, a TV
 * recap of a one-day meeting): a win told in comparison with last year's ("went one better than last
 * year to win the women's race"), the first man home told while the women's race is in hand, a
 * club's list numbered in its own order with each runner's place in brackets, "Women's race" and
 * "Men's race" heading lines, a section heading that dates its race after the newsletter's opening
 * prose (and weekdays of training, deadlines and the next meeting that date none), "took the women's
 * race in 32:40", "Grenada's Jaden St. Bernard", "won the one-lap race in 43.88", a colon before a
 * named runner's own verb, "when Ruto was third" after a past win, and a wheelchair race told in
 * passing. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a radio report on a city marathon', () => {
  const races = deriveReport(
    [
      'Oduya breaks the course record as Bekele goes one better',
      'News | Sport | Sunday, 14 October 2035',
      '',
      "Kenya's Samuel Oduya broke the course record at the Galway Marathon this morning, while Ethiopia's Tsion Bekele went one better than last year to win the women's race.",
      '',
      'Oduya came home alone in 2:09:14. Bekele crossed the line in 2:25:40.',
      '',
      'First Irish man home, and the new national champion, was Ronan Ó Briain of Clonliffe Harriers, 12th in 2:15:05.',
      '',
      "In the wheelchair races, Switzerland's Jonas Keller won the men's event in 1:29:40.",
    ].join('\n'),
  );

  it("reads a win told against last year's as this year's win, in the women's race", () => {
    const women = races.find((r) => r.sex?.value === 'women' && !/2034/.test(r.name));
    expect(women && resultRows(women)).toEqual([['Tsion Bekele', 1, 8740]]);
    expect(women?.date?.value).toBe('2035-10-14');
  });

  it("puts the first man home in the men's race, though the women's was told last", () => {
    const men = races.find((r) => r.sex?.value !== 'women' && !/2034/.test(r.name));
    expect(men && resultRows(men)).toEqual([
      ['Ronan Ó Briain', 12, 8105],
      ['Samuel Oduya', null, 7754],
    ]);
  });

  it('takes no result from a wheelchair race told in passing', () => {
    expect(races.flatMap((r) => r.results.map((x) => x.athlete))).not.toContain('Jonas Keller');
  });
});

describe("a club newsletter with its members' results", () => {
  const races = deriveReport(
    [
      'HILLSIDE HARRIERS — THE HILLSIDER',
      'June 2032 newsletter',
      '',
      'Hello all! Lots in this one: the new Tuesday track session at the leisure centre, the vest order deadline (Friday!), and a big turnout at the Marsh Lane 10K.',
      '',
      'MARSH LANE 10K — Sunday 13 June 2032',
      '',
      "Kenyan Daniel Kiprop Rono won the men's race in 29:02, and Grace Atieno Odhiambo, also of Kenya, took the women's race in 33:10.",
      '',
      'How our lot got on (positions are in each race, where we could find them):',
      '',
      "Women's race",
      '1. Anjali Mehta — 39:12 (14th)',
      '2. Fiona Gallagher — 42:30',
      '3. Rosa Lindqvist — 48:05 (91st)',
      '',
      "Men's race",
      '1. Colin Ashby — 36:40 (38th)',
      '2. Pavel Nowicki — 37:22 (52nd)',
      '',
      'See you on Tuesday — 7pm, leisure centre track.',
    ].join('\n'),
  );
  const men = races.find((r) => r.sex?.value === 'men');
  const women = races.find((r) => r.sex?.value === 'women');

  it('takes the bracketed places, not the list numbers, and leaves an unbracketed line unplaced', () => {
    expect(women && resultRows(women)).toEqual([
      ['Grace Atieno Odhiambo', 1, 1990],
      ['Anjali Mehta', 14, 2352],
      ['Rosa Lindqvist', 91, 2885],
      ['Fiona Gallagher', null, 2550],
    ]);
  });

  it('puts the list under a "Men\'s race" line in the men\'s race', () => {
    expect(men && resultRows(men)).toEqual([
      ['Daniel Kiprop Rono', 1, 1742],
      ['Colin Ashby', 38, 2200],
      ['Pavel Nowicki', 52, 2242],
    ]);
  });

  it("dates the races by their section's heading, not by a training night, a deadline or the next meeting", () => {
    expect(races.map((r) => r.date?.value)).toEqual(['2032-06-13', '2032-06-13']);
  });
});

describe('a TV recap of a one-day meeting', () => {
  const races = deriveReport(
    [
      'SATURDAY NIGHT ATHLETICS — broadcast recap',
      'Golden Gala, Stadio Olimpico, Rome | Saturday 6 June 2037',
      'Presented from the stadium; commentary team: Anna Okafor and Marco Rossi.',
      '',
      "WOMEN'S 5000m",
      "Kenya's Ruth Chelimo won in 14:19.40. Ethiopia's Almaz Tesfaye was second in 14:20.02. Twelve months ago Tesfaye won this race in 14:24.10, when Chelimo was third.",
      '',
      'Rossi nearly lost his voice for the home athlete: Giulia Ferraro-Conti came through for third in 14:30.15, an Italian record.',
      '',
      "MEN'S 400m",
      "Botswana's Tumelo Seretse won the one-lap race in 43.91. Grenada's Jaden St. Bernard clocked 44.20 for second.",
    ].join('\n'),
  );

  it('gives a time to the runner after a colon, not to the commentator before it', () => {
    const today = races.find((r) => r.event?.value === '5000m' && /2037/.test(r.name));
    expect(today && resultRows(today)).toEqual([
      ['Ruth Chelimo', 1, 859.4],
      ['Almaz Tesfaye', 2, 860.02],
      ['Giulia Ferraro-Conti', 3, 870.15],
    ]);
  });

  it('gives last year\'s third place to the runner named after "when", not to the winner', () => {
    const past = races.find((r) => r.event?.value === '5000m' && /2036/.test(r.name));
    expect(past && resultRows(past)).toEqual([
      ['Almaz Tesfaye', 1, 864.1],
      ['Ruth Chelimo', 3, null],
    ]);
  });

  it('reads "the one-lap race in 43.91" as a result and "Jaden St. Bernard" as a runner', () => {
    const sprint = races.find((r) => r.event?.value === '400m');
    expect(sprint && resultRows(sprint)).toEqual([
      ['Tumelo Seretse', 1, 43.91],
      ['Jaden St. Bernard', 2, 44.2],
    ]);
  });
});
