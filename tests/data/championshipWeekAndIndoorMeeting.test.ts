/**
 * Readings found on held-out set 39: a newspaper's week of a championship 800m under a masthead in
 * capitals ("THE NORTHERN COURIER — Saturday 12 August 2034 — SPORT"), with the final told first
 * ("taking the European Championships 800m title"), then the heats and semi-finals by weekday; an
 * indoor meeting ("the Meeting Indoor de Metz") whose sprinter gives the crowd "something to cheer in
 * the men's 60m" before his heat and final; and a wire with no year whose only year is a past
 * edition's, told in a relative clause. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a newspaper's championship week", () => {
  const races = deriveReport(
    [
      'THE NORTHERN COURIER — Saturday 12 August 2034 — SPORT',
      '',
      "Laing's long week in Lyon ends in European gold",
      '',
      "Ewan Laing spent four days telling anyone who would listen that he was in the shape of his life. Last night, in front of 31,000 in Lyon, he proved it, taking the European Championships 800m title in 1:44.18 with a finishing burst that left the favourite, Poland's Kacper Wisniewski, grasping at air.",
      '',
      "It was a week that began quietly. In Tuesday's heats Britain's Ewan Laing won the second heat in 1:46.31. His team-mate Jamie Okafor was less fortunate: fifth in the fourth heat in 1:47.90, he missed out on a semi-final place.",
      '',
      "Wednesday's semi-finals were another matter. An hour later France's Mathis Benali won the second semi in 1:45.30 so comfortably that the home crowd began to talk of a French gold.",
      '',
      'Wisniewski took silver in 1:44.40 and Benali bronze in 1:44.55.',
    ].join('\n'),
  );
  const race = (round: string, heat: number | null) =>
    races.find((r) => r.round?.value === round && (heat === null || r.name.endsWith(`${round} ${heat}`)));

  it('reads the final told first as the final, dated "last night" from the masthead', () => {
    const final = race('final', null);
    expect(final && resultRows(final)).toEqual([
      ['Ewan Laing', 1, 104.18],
      ['Kacper Wisniewski', 2, 104.4],
      ['Mathis Benali', 3, 104.55],
    ]);
    expect(final?.date?.value).toBe('2034-08-11');
  });

  it('keeps the heats apart, dated by their weekday, with "less fortunate: fifth in the fourth heat"', () => {
    expect(race('heat', 2) && resultRows(race('heat', 2)!)).toEqual([['Ewan Laing', 1, 106.31]]);
    expect(race('heat', 4) && resultRows(race('heat', 4)!)).toEqual([['Jamie Okafor', 5, 107.9]]);
    expect(race('heat', 2)?.date?.value).toBe('2034-08-08');
  });

  it('reads "talk of a French gold" as no medal', () => {
    expect(race('semi-final', 2) && resultRows(race('semi-final', 2)!)).toEqual([
      ['Mathis Benali', 1, 105.3],
    ]);
  });
});

describe('an indoor meeting', () => {
  const races = deriveReport(
    [
      'Metz, Saturday 27 January 2035 — The European indoor season got under way at the Meeting Indoor de Metz tonight.',
      '',
      "Spain's Iker Etxeberri won the men's 1500m in 3:34.90.",
      '',
      "Home sprinter Yanis Kouassi gave the sell-out crowd of 4,800 something to cheer in the men's 60m. The Frenchman clocked 6.55 in the heats earlier in the evening and improved to 6.51 in the final, edging Britain's Harvey Mensah (6.54). Italy's Matteo Ricci was third in 6.58.",
      '',
      "In the women's 3000m, Ethiopia's Hiwot Mekonnen won in 8:31.14. Joyline Chepngeno held on for second, while France's Clémence d'Aubigny, running her first race since a stress fracture last spring, was an encouraging third in 8:36.80.",
      '',
      "The men's 800m went to Belgium's Tibo Vermeulen in 1:46.02.",
    ].join('\n'),
  );
  const race = (event: string, round: string | null = null) =>
    races.find((r) => r.event?.value === event && (r.round?.value ?? null) === round);

  it('names the meeting and dates its races by the line that opens the report', () => {
    expect(race('1500m')?.name).toContain('Meeting Indoor de Metz');
    expect(races.every((r) => r.date?.value === '2035-01-27')).toBe(true);
  });

  it("reads the sprinter's heat and final as the 60m's, after \"something to cheer in the men's 60m\"", () => {
    expect(race('60m', 'heat') && resultRows(race('60m', 'heat')!)).toEqual([['Yanis Kouassi', null, 6.55]]);
    expect(race('60m', 'final') && resultRows(race('60m', 'final')!)).toEqual([
      ['Yanis Kouassi', 1, 6.51],
      ['Harvey Mensah', 2, 6.54],
      ['Matteo Ricci', 3, 6.58],
    ]);
  });

  it('reads an elided particle as part of a name, and "her" in the runner\'s own participle phrase as hers', () => {
    expect(race('3000m') && resultRows(race('3000m')!)).toEqual([
      ['Hiwot Mekonnen', 1, 511.14],
      ['Joyline Chepngeno', 2, null],
      ["Clémence d'Aubigny", 3, 516.8],
    ]);
  });

  it('reads "The men\'s 800m went to X" as X\'s win', () => {
    expect(race('800m') && resultRows(race('800m')!)).toEqual([['Tibo Vermeulen', 1, 106.02]]);
  });
});

describe('a wire whose only year is a past edition told in a relative clause', () => {
  const races = deriveReport(
    [
      "GOTHENBURG, Aug 23 (Reuters) - Norway's Sindre Halvorsen won the world championship 1,500 metres title on Sunday, clocking 3:29.84.",
      '',
      'Getachew, who won the title in 2029 in 3:32.10 when he outkicked a fourth-placed Halvorsen over the final 50 metres, had no answer this time and faded to ninth in 3:33.91.',
      '',
      "Ethiopia's Yomif Getachew led through 800 metres in 1:55.6.",
    ].join('\n'),
  );

  it('keeps the past edition apart from the race of the day, whose year is not told', () => {
    const past = races.find((r) => r.name.includes('2029'));
    expect(past && resultRows(past)).toEqual([
      ['Yomif Getachew', 1, 212.1],
      ['Sindre Halvorsen', 4, null],
    ]);
    const today = races.find((r) => r !== past);
    expect(today?.name).not.toMatch(/\b20\d\d\b/);
    expect(today && resultRows(today)).toEqual([
      ['Sindre Halvorsen', 1, 209.84],
      ['Yomif Getachew', 9, 213.91],
    ]);
  });
});
