/**
 * A local paper's two-day county championships: a heat "won" before "storming to the 100m title …
 * in the afternoon final", a second title told as "back on Sunday to add the 200m", a title
 * "retained … in" its time, and a winner told as the one a faller "left" to win ("leaving Sale
 * Harriers' Ada Nwosu to come through for victory"), over meeting days told as a range ("on Saturday 17
 * and Sunday 18 May 2031"). Invented runners, clubs and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a local paper's two-day county championships", () => {
  const races = deriveReport(
    'Ashworth completes sprint double\n\n' +
      'Kyle Ashworth swept both sprint titles at the Northshire County Championships, held at Ashcombe Park ' +
      'on Saturday 17 and Sunday 18 May 2031.\n\n' +
      'The 22-year-old from Ashcombe AC won his heat on Saturday morning in 10.71 before storming to the ' +
      "100m title in 10.54 in the afternoon final. Preston Harriers' Kofi Mensah was second in 10.63.\n\n" +
      'He was back on Sunday to add the 200m in 21.38, with Mensah again the runner-up.\n\n' +
      "Rossendale's Hannah Greaves retained her 1500m title on Sunday in 4:24.86. Megan Tate was second in 4:26.10.\n\n" +
      "There was drama in Sunday's women's 400m hurdles. Favourite Jess Lowe clipped the eighth barrier, " +
      "fell heavily and did not finish, leaving Sale Harriers' Ada Nwosu to come through for victory in 59.84.",
  );
  const race = (part: string) => races.find((r) => r.name.includes(part));

  it('gives a heat named without its event the event its sentence names next', () => {
    expect(resultRows(race('100m heat')!)).toEqual([['Kyle Ashworth', 1, 10.71]]);
  });

  it('reads "the afternoon final" as the final, with the title won in it', () => {
    expect(resultRows(race('100m final')!)).toEqual([
      ['Kyle Ashworth', 1, 10.54],
      ['Kofi Mensah', 2, 10.63],
    ]);
  });

  it('reads an event "added" with its time, and a title "retained" in a time, as races of their own', () => {
    // ("He was back …, with Mensah again the runner-up": "he" is not the runner the sentence names.)
    expect(resultRows(race('200m')!)).toEqual([
      ['Kyle Ashworth', 1, 21.38],
      ['Kofi Mensah', 2, null],
    ]);
    expect(resultRows(race('1500m')!)).toEqual([
      ['Hannah Greaves', 1, 264.86],
      ['Megan Tate', 2, 266.1],
    ]);
  });

  it('gives the win and the time to the runner a faller "left" to win, named after her club', () => {
    // ("There was drama in Sunday's women's 400m hurdles" makes that race the one in hand.)
    expect(resultRows(race('400m hurdles')!)).toEqual([
      ['Ada Nwosu', 1, 59.84],
      ['Jess Lowe', null, null],
    ]);
  });

  it("dates each race by the meeting's day of the weekday it was told on, the afternoon final by its heat", () => {
    expect(races.map((r) => [r.name.replace(/^.* – /, ''), r.date?.value ?? null])).toEqual(
      expect.arrayContaining([
        ['100m heat', '2031-05-17'],
        ['100m final', '2031-05-17'],
        ['200m', '2031-05-18'],
        ["Women's 1500m", '2031-05-18'],
        ["Women's 400m hurdles", '2031-05-18'],
      ]),
    );
    expect(races).toHaveLength(5);
  });
});
