/**
 * A student paper on a college invitational: "junior Tessa Kowal, who dominated the women's 1500
 * meters" tells a race of the meeting (a simple-past relative clause before any race is in hand);
 * "continued his rise by winning the men's 100 meters" tells the 100m, not an earlier race; "the
 * Midstate Conference Championships" and "the Harwood Twilight meet" name no runners. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { resultRows } from '../helpers/reportRaces';

const REPORT = [
  'The Harwood track and field team opened its outdoor season Saturday at the Lakeshore Invitational.',
  '',
  "Leading the way was junior Tessa Kowal, who dominated the women's 1500 meters from the gun, crossing the line in 4:21.56.",
  '',
  "Senior Priya Natara made it two Hawks in the top three, finishing third in 4:25.03. Kowal was 11th at last year's Midstate Conference Championships.",
  '',
  "Sophomore Darnell Okafo continued his rise by winning the men's 100 meters in 10.41 seconds. Senior captain Ethan Marsk was fourth in 10.68.",
  '',
  'The Hawks host the annual Harwood Twilight meet on April 18.',
].join('\n');

describe('a college invitational in a student paper', () => {
  it('puts each event in its own race of the meeting, with no meeting read as a runner', () => {
    const dataset = deriveDataset([{ name: 'report.txt', text: REPORT }]);
    const rows = Object.fromEntries(dataset.races.map((r) => [r.name, resultRows(r)]));
    expect(rows["Lakeshore Invitational – Women's 1500m"]).toEqual([
      ['Priya Natara', 3, 265.03],
      ['Tessa Kowal', null, 261.56],
    ]);
    expect(rows["Lakeshore Invitational – Men's 100m"]).toEqual([
      ['Darnell Okafo', 1, 10.41],
      ['Ethan Marsk', 4, 10.68],
    ]);
    expect(dataset.athletes.map((a) => a.name).sort()).toEqual([
      'Darnell Okafo',
      'Ethan Marsk',
      'Priya Natara',
      'Tessa Kowal',
    ]);
  });
});
