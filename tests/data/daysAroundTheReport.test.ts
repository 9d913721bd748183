/**
 * Days told around a report's own date: a meeting "on Saturday" that athletes "descended on" a park
 * "for", "last night's" semi-finals in a sentence that also names "tomorrow's final", and a runner
 * who "only arrived in Perth on Thursday". Invented runners, meetings and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport } from '../helpers/reportRaces';

const datesOf = (text: string): (string | null)[] => deriveReport(text).map((r) => r.date?.value ?? null);

describe("days told around the report's own date", () => {
  it('dates a meeting athletes "descended on Ashcombe Park on Saturday for"', () => {
    expect(
      datesOf(
        'Monday, June 14, 2027\n\nMore than 600 athletes descended on Ashcombe Park on Saturday for the ' +
          "Northshire County Championships.\n\nCallum Reid won the men's 100m in 10.62.",
      ),
    ).toEqual(['2027-06-12']);
  });

  it('dates "last night\'s" semi-finals the day before, though the sentence also names tomorrow\'s final', () => {
    expect(
      datesOf(
        "Saturday 19 August 2034\n\nPablo Ortega won the first of last night's three men's 800m semi-finals " +
          "at the European Championships, but Ed Hart scraped into tomorrow's final.\n\nSEMI-FINAL ONE\n" +
          'Ortega won in 1:44.92, with Marek Wrona second in 1:45.10.',
      ),
    ).toEqual(['2034-08-18']);
  });

  it('takes the day a runner "arrived in Perth" for no race\'s day', () => {
    const dates = datesOf(
      "Perth, Sunday 13 April 2025\n\nLuke Hutton won the men's 800m final tonight in 1:45.10.\n\n" +
        'Tamati, who only arrived in Perth on Thursday, was third in 1:45.90. Hutton had won his heat on Friday in 1:46.80.',
    );
    expect(dates).toContain('2025-04-11');
    expect(dates).not.toContain('2025-04-10');
  });
});
