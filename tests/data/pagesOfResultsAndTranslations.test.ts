/**
 * Readings found on held-out sets 41 and 42: a results page whose round heading "ROUND 1 — Friday 8
 * July 2033" numbers a round (no range of meeting days from the 1st to the 8th); a federation
 * release where a runner "was third across the line … to take the national silver medal" and
 * another "ran a gutsy race to be third"; and a translated report that opens "Hamburg, Sunday, 27
 * April 2031. Bright sunshine …" under a note on the paper's "Monday edition". Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a results page with a numbered round heading', () => {
  const races = deriveReport(
    [
      'Caribbean Athletics Championships — Santo Domingo 2033',
      "RESULTS — WOMEN'S 100m HURDLES",
      '',
      'ROUND 1 — Friday 8 July 2033',
      '',
      'Heat 1 — 17:05 — Wind: +0.4 m/s',
      '',
      '1. Shanice Whyte (JAM) 12.71',
      '2. Yarisley Contreras (CUB) 12.84',
      '',
      'FINAL — Saturday 9 July 2033 — 19:40 — Wind: +1.1 m/s',
      '',
      '1. Shanice Whyte (JAM) 12.60',
      '2. Yarisley Contreras (CUB) 12.75',
    ].join('\n'),
  );

  it('dates the heat on the day its round heading tells, and the final on its own', () => {
    const heat = races.find((r) => r.round?.value === 'heat');
    const final = races.find((r) => r.round?.value === 'final');
    expect(heat?.date?.value).toBe('2033-07-08');
    expect(final?.date?.value).toBe('2033-07-09');
  });
});

describe("a national championships' places among nationals", () => {
  const races = deriveReport(
    [
      "Daniel Thorne (NSW) won the men's 10,000m at the national championships last night in 27:58.10.",
      '',
      "New Zealand's Finn Carruthers, racing as an invited international, finished second in 28:01.33. Jack Doyle (VIC) was third across the line in 28:03.70 to take the national silver medal.",
      '',
      "In the women's race, Kate Thorogood (SA) won in 31:12.48. Isla McAlister (TAS) ran a gutsy race to be third in 31:34.90 and take national silver, while Mia Fenton hopes to be third next year.",
    ].join('\n'),
  );

  it("keeps the place in the race over a medal among the nation's runners", () => {
    const men = races.find((r) => r.sex?.value === 'men');
    expect(men && resultRows(men)).toEqual([
      ['Daniel Thorne', 1, 1678.1],
      ['Finn Carruthers', 2, 1681.33],
      ['Jack Doyle', 3, 1683.7],
    ]);
  });

  it('reads "ran a gutsy race to be third" as a place, and "hopes to be third" as none', () => {
    const women = races.find((r) => r.sex?.value === 'women');
    expect(women && resultRows(women)).toEqual([
      ['Kate Thorogood', 1, 1872.48],
      ['Isla McAlister', 3, 1894.9],
    ]);
  });
});

describe('a translated marathon report', () => {
  it('dates the race by the line that opens on its place and day, not by the paper\'s "Monday edition"', () => {
    const races = deriveReport(
      [
        'Chebet conquers the Alster',
        '',
        '[Translated from the German. Original: Norddeutsche Rundschau, sports section, Monday edition]',
        '',
        'Hamburg, Sunday, 27 April 2031. Bright sunshine, 11 degrees at the start: the organisers of the Hamburg Marathon could not have ordered better conditions.',
        '',
        'The Kenyan Evans Chebet won in 2:06:14 hours. Abdi Gemechu came home second in 2:06:29 hours.',
      ].join('\n'),
    );
    expect(races[0]?.date?.value).toBe('2031-04-27');
    expect(races[0] && resultRows(races[0])).toEqual([
      ['Evans Chebet', 1, 7574],
      ['Abdi Gemechu', 2, 7589],
    ]);
  });
});

describe('a half marathon and a steeplechase told around their finishers', () => {
  it('reads "… when the home favourite X came in fourth" as X\'s place, not the subject\'s', () => {
    const races = deriveReport(
      [
        'Copenhagen Half Marathon | Sunday 19 September 2032',
        '',
        "Berhanu Wolde won the Copenhagen Half Marathon in 58:47. He waited another 25 seconds for Eritrea's Merhawi Ghebre, third. And he had long since been wrapped in a Danish flag by the organisers when the home favourite Rasmus Kjaergaard came in fourth.",
      ].join('\n'),
    );
    expect(races[0] && resultRows(races[0])).toEqual([
      ['Berhanu Wolde', 1, 3527],
      ['Merhawi Ghebre', 3, null],
      ['Rasmus Kjaergaard', 4, null],
    ]);
  });

  it('reads "stopped 200 metres later" as a stretch of the race, not a 200m race', () => {
    const races = deriveReport(
      [
        "Kenya's Mercy Kiprotich won the Olympic 3,000m steeplechase final in 8:51.07.",
        '',
        "France's Léa Dumont tried to continue but stopped 200 metres later holding her knee and did not finish. Uganda's Doreen Chelangat was fifth.",
        '',
        "Róisín Ní Mhurchú's time was quicker than in her heat on Saturday, when she finished second in 9:10.12.",
      ].join('\n'),
    );
    expect(races.map((r) => r.event?.value)).toEqual(['3000m steeplechase', '3000m steeplechase']);
    const final = races.find((r) => r.round?.value === 'final');
    expect(final && resultRows(final)).toEqual([
      ['Mercy Kiprotich', 1, 531.07],
      ['Doreen Chelangat', 5, null],
      ['Léa Dumont', null, null],
    ]);
  });
});
