/**
 * A federation's press release on a medal at a continental championships newer than any edition
 * the lexicon knows: the medallist's rounds told as "Her championships began on Thursday, when she
 * won her heat …, and she followed that by finishing second in her semi-final", the semi-final's
 * winner "who won Ní Bhriain's semi-final", and "Elsewhere, … in the men's 1500m". Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Ní Bhriain claims European 800m bronze\n\n' +
  'Athletics Ireland Press Release\nSunday, 11 August 2030\n\n' +
  "Aoife Ní Bhriain has won bronze in the women's 800m at the European Athletics Championships in Lisbon, running 1:58.45 in tonight's final.\n\n" +
  "Ní Bhriain's championships began on Thursday, when she won her heat in 2:00.84, and she followed that by finishing second in her semi-final on Friday in 1:59.71 to qualify for the final.\n\n" +
  "Poland's Justyna Mazur, who won Ní Bhriain's semi-final in 1:59.60, finished fourth in tonight's final in 1:58.61.\n\n" +
  "Elsewhere, there was disappointment in the men's 1500m for Ireland's Darragh Whelan, who finished seventh in his heat on Thursday in 3:39.80.";

describe("a federation's press release on a championship medal", () => {
  const races = deriveReport(text);
  const women = (round: string) => races.find((r) => r.round?.value === round && r.event?.value === '800m');

  it('reads each round of the medallist and of the semi-final’s winner into its own race', () => {
    expect(resultRows(women('heat')!)).toEqual([['Aoife Ní Bhriain', 1, 120.84]]);
    expect(resultRows(women('semi-final')!)).toEqual([
      ['Justyna Mazur', 1, 119.6],
      ['Aoife Ní Bhriain', 2, 119.71],
    ]);
    expect(resultRows(women('final')!)).toEqual([
      ['Aoife Ní Bhriain', 3, 118.45],
      ['Justyna Mazur', 4, 118.61],
    ]);
  });

  it('puts the race told "Elsewhere" in a race of its own, not in the women’s heat', () => {
    const men = races.find((r) => r.event?.value === '1500m');
    expect(men && resultRows(men)).toEqual([['Darragh Whelan', 7, 219.8]]);
    expect(men?.round?.value).toBe('heat');
  });

  it("dates the championships by the release's year, not by an older edition's, and names no meeting after the runner", () => {
    expect(races.every((r) => r.competition?.value.year === 2030)).toBe(true);
    expect(races.some((r) => r.name.includes("Ní Bhriain's"))).toBe(false);
    expect(women('final')?.date?.value).toBe('2030-08-11');
    expect(women('semi-final')?.date?.value).toBe('2030-08-09');
    expect(women('heat')?.date?.value).toBe('2030-08-08');
  });
});
