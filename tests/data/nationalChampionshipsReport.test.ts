/**
 * A national championships report in the Australian press: state demonyms, a men's race told only
 * through "his" before a women's race is named, a round figure before the exact time, a best from
 * another meeting, and a place after "hung on for a gutsy". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Harlan takes national crown\n\nApril 13, 2025\n\n' +
  'Perth: Callum Harlan charged down the home straight on Saturday night to claim his first national 1500-metre title. ' +
  'When the bell rang, Harlan was fifth.\n\n' +
  'He stopped the clock a tick over 3:35 – 3:35.08, to be precise. The Victorian Tom Baxter had to settle for second in 3:35.41. ' +
  'Queenslander Jed Makani paid for his bravery but still hung on for a gutsy fourth in 3:36.50.\n\n' +
  'Harlan, whose personal best of 3:31.92 came in Oslo last June, is expected to be selected.\n\n' +
  "The women's 1500m final, run on Friday night, went to Mia Callan in 4:03.77, with Tasmanian Ellie Brandt second in 4:04.10.";

const derived = () => deriveDataset([{ name: 'report.txt', text }]);

describe('a national championships report', () => {
  it("tells the men's race from the women's by the pronouns of its results, and dates each", () => {
    const races = derived().races.map((r) => ({
      sex: r.sex?.value ?? null,
      date: r.date?.value ?? null,
      rows: resultRows(r),
    }));
    expect(races).toContainEqual({
      sex: 'men',
      date: '2025-04-12',
      rows: [
        ['Callum Harlan', 1, 215.08],
        ['Tom Baxter', 2, 215.41],
        ['Jed Makani', 4, 216.5],
      ],
    });
    expect(races).toContainEqual({
      sex: 'women',
      date: '2025-04-11',
      rows: [
        ['Mia Callan', 1, 243.77],
        ['Ellie Brandt', 2, 244.1],
      ],
    });
  });

  it('reads state demonyms as Australia and keeps them out of names', () => {
    const athletes = derived().athletes.map((a) => [a.name, a.country?.value ?? null]);
    expect(athletes).toContainEqual(['Ellie Brandt', 'AUS']);
    expect(athletes).toContainEqual(['Jed Makani', 'AUS']);
    expect(athletes).toContainEqual(['Tom Baxter', 'AUS']);
  });
});

describe('a national championships report filed the day after its races', () => {
  const report =
    'Published 8 June 2031\n\n' +
    "Wales' Idris Vaughan won the men's 800m title at the Northland Athletics Championships in Carrow on Saturday, in 1:46.02.\n\n" +
    "Earlier, Tamsin Rowe won the women's 5,000m in 15:31.40, with Beth Ansty second in 15:33.10.\n\n" +
    "Sunday's final day features the 1500m.";

  it("dates a race it gives no day of its own by the report's main race", () => {
    const races = eventDates(report);
    expect(races).toContainEqual({ event: '800m', date: '2031-06-07' });
    expect(races).toContainEqual({ event: '5000m', date: '2031-06-07' });
  });

  it('leaves undated the other races of a multi-day championship told in a later report', () => {
    const olympic =
      'Published 9 August 2036\n\n' +
      "Kenya's Amos Ruto won the Olympic 1500m final at the Sunfield 2036 Games on August 6 in 3:29.10.\n\n" +
      'Ruto will also run the 5000m, which Lars Eide won at the world championships last year.\n\n' +
      "In the women's 800m final, Ada Obi won in 1:56.80.";
    const races = eventDates(olympic);
    expect(races).toContainEqual({ event: '1500m', date: '2036-08-06' });
    expect(races).toContainEqual({ event: '800m', date: null });
  });
});

/** Each race derived from `text`, as its event and date. */
function eventDates(text: string): { event: string | null; date: string | null }[] {
  return deriveReport(text).map((r) => ({ event: r.event?.value ?? null, date: r.date?.value ?? null }));
}

describe('a national championships evening with a para sprint', () => {
  const races = deriveReport(
    "Matilda Fenwick won the women's 400m hurdles final in 54.02. Priya Raman was relegated to third " +
      'in 55.20, having led off the final bend.\n\n' +
      "Earlier in the evening, Ella Petrakis won the women's T38 100m in 13.41.",
  );

  it('reads "was relegated to third" as third place', () => {
    const hurdles = races.find((r) => r.results.some((x) => x.athlete === 'Matilda Fenwick'));
    expect(hurdles && resultRows(hurdles)).toEqual([
      ['Matilda Fenwick', 1, 54.02],
      ['Priya Raman', 3, 55.2],
    ]);
  });

  it('reads "the women\'s T38 100m" as a race of its own', () => {
    const sprint = races.find((r) => r.results.some((x) => x.athlete === 'Ella Petrakis'));
    expect(sprint?.event?.value).toBe('100m');
    expect(sprint && resultRows(sprint)).toEqual([['Ella Petrakis', 1, 13.41]]);
  });
});
