/**
 * A city marathon report with both races: distances run "for almost 40 kilometres", a place taken
 * "in the closing kilometres", "a distant but delighted third", the meeting's programme listed in
 * passing, and the men's winner named again after the women's race. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const report =
  'Worku breaks course record in Vienna\n\n' +
  'VIENNA – Kenen Worku won the 2030 Vienna City Marathon in 2:04:51, a course record, on Sunday, ' +
  "April 21. Kenya's Philip Rono finished second. Japan's Yuki Hashi came through strongly in the " +
  'closing kilometres to take third in 2:05:40.\n\n' +
  "The women's race was a more tactical affair. Kenya's Faith Limo and Ethiopia's Mesi Alemu ran " +
  'shoulder to shoulder for almost 40 kilometres before Limo kicked on the final turn to win in ' +
  "2:19:47. Alemu was second in 2:20:10. France's Aurélie Dubois was a distant but delighted third " +
  'in 2:22:58.\n\n' +
  'Race organisers said 43,000 runners took part across the marathon, half marathon and relay events.\n\n' +
  "Worku's winning margin will put him in contention for a place in Ethiopia's team.";

describe('a city marathon report with the men’s and women’s races', () => {
  const races = deriveReport(report);

  it('reads two marathons, and no race from a distance run or from the programme listed in passing', () => {
    expect(races.map((r) => [r.event?.value ?? null, r.date?.value ?? null])).toEqual([
      ['marathon', '2030-04-21'],
      ['marathon', '2030-04-21'],
    ]);
  });

  it('keeps the men’s winner out of the women’s race when he is named again after it', () => {
    const men = races.find((r) => !r.name.includes("Women's"));
    expect(men && resultRows(men)).toEqual([
      ['Kenen Worku', 1, 7491],
      ['Philip Rono', 2, null],
      ['Yuki Hashi', 3, 7540],
    ]);
  });

  it('reads "a distant but delighted third" as one place', () => {
    const women = races.find((r) => r.name.includes("Women's"));
    expect(women && resultRows(women)).toEqual([
      ['Faith Limo', 1, 8387],
      ['Mesi Alemu', 2, 8410],
      ['Aurélie Dubois', 3, 8578],
    ]);
  });
});

describe('a photo finish where the runner-up’s surname opens with "St."', () => {
  it('reads "St. Clair Morgan" as the surname of the runner named in full, and a place "at that point" as mid-race', () => {
    const text =
      'Photo finish in Kingston\n\nKINGSTON — Three-thousandths of a second separated Kadeem Walters and ' +
      'Devon St. Clair Morgan in the men’s 100m final at the 2025 Jamaican Championships on Friday, June 27. ' +
      'Walters won in 9.984. St. Clair Morgan, the defending champion, was second in 9.987. Walters was fourth ' +
      'at that point, 30 metres in.';
    const [race] = deriveReport(text);
    expect(race && resultRows(race)).toEqual([
      ['Kadeem Walters', 1, 9.984],
      ['Devon St. Clair Morgan', 2, 9.987],
    ]);
  });
});

describe('a city marathon told through its course', () => {
  it('reads no runner out of a landmark and no race out of "For 35 kilometres"', () => {
    const text =
      'Kipsang wins in Berlin\n\n' +
      "For 35 kilometres the men's race at the Berlin Marathon looked like a procession. Then Kenya's " +
      'Amos Kipsang broke clear and crossed the line beneath the Brandenburg Gate in 2:02:58. ' +
      'Ethiopia’s Haftu Gebre was second in 2:03:21.\n\n' +
      "For British supporters, the story of the men's race was Rory Dunbar, who came home ninth in 2:08:15.";
    const races = deriveReport(text);
    expect(races).toHaveLength(1);
    expect(races[0] && resultRows(races[0])).toEqual([
      ['Amos Kipsang', 1, 7378],
      ['Haftu Gebre', 2, 7401],
      ['Rory Dunbar', 9, 7695],
    ]);
  });
});
