/**
 * A world indoor report "Published 22 March 2036" from Glasgow tells its final "on Saturday
 * evening": the race is of the report's week, not the Glasgow edition of the editions table, and the
 * semi-final run there that evening shares its day. An edition told "two years ago" is history, with
 * its final, and a runner's quoted words ("I came here for gold") give her no place. Invented runners
 * and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'World Indoor Championships: Ama Boateng-Reid wins 60m gold',
  '',
  'Published 22 March 2036',
  '',
  "Ama Boateng-Reid became the women's 60m world indoor champion in Glasgow on Saturday evening, winning in 7.02, with American Kelsey Sharp second in 7.05.",
  '',
  "Jamaica's Shana Blackmore took bronze in 7.08.",
  '',
  '"I came here for gold and nothing else," Blackmore said.',
  '',
  'Earlier in the evening, Boateng-Reid had won her semi-final in 7.06.',
  '',
  'Two years ago, at the 2034 World Indoor Championships, she finished fourth in the final in 7.14.',
].join('\n');

describe('a championship race dated by its weekday against the publication line', () => {
  const races = deriveReport(REPORT);
  const byName = new Map(races.map((r) => [r.name, r]));

  it('takes the year of the report, not of the edition held in its city before', () => {
    const final = byName.get("Glasgow 2036 World Indoor Championships – Women's 60m final");
    expect(final?.date?.value).toBe('2036-03-22');
    expect(final && resultRows(final)).toEqual([
      ['Ama Boateng-Reid', 1, 7.02],
      ['Kelsey Sharp', 2, 7.05],
      ['Shana Blackmore', 3, 7.08],
    ]);
  });

  it("dates the semi-final run that evening with the final's day", () => {
    const semi = races.find((r) => r.name.includes('semi-final'));
    expect(semi?.name).toContain('2036');
    expect(semi?.date?.value).toBe('2036-03-22');
  });

  it('keeps the final of an edition told two years back as that edition’s race', () => {
    const past = races.filter((r) => r.name.includes('2034'));
    expect(past.map(resultRows)).toEqual([[['Ama Boateng-Reid', 4, 7.14]]]);
  });

  it("gives no place from a runner's quoted words", () => {
    const { conflicts } = deriveDataset([{ name: 'report.txt', text: REPORT }]);
    expect(conflicts.filter((c) => c.field === 'place')).toEqual([]);
  });
});
