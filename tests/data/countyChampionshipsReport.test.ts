/**
 * A local paper's county championships report: runners named with their clubs ("Ashcombe Harriers'
 * Callum Reid", "Club-mate Jordan Osei"), the venue "on Ashcombe Park", a title "retained", events
 * opened with "Over 5000m," and "The closest finish of the day came in the women's 400m". Invented
 * runners, clubs and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a local paper's county championships report", () => {
  const races = deriveReport(
    'Monday, June 14, 2027\n\n' +
      'More than 600 athletes descended on Ashcombe Park on Saturday for the Northshire County Championships.\n\n' +
      "Ashcombe Harriers' Callum Reid retained his men's 100m title, clocking 10.62sec. " +
      'Club-mate Jordan Osei took second in 10.71.\n\n' +
      "The women's 1500m was a one-woman show. Ellie Marsh won in 4:21.36.\n\n" +
      'Over 5000m, Irish international Declan Foley, who moved to the county last autumn, came home ' +
      'unchallenged in 14:38.7. Tom Ash finished a distant second in 15:02.3.\n\n' +
      "The closest finish of the day came in the women's 400m. Rosie Hale won in 56.41. Jade Penman was third in 57.30.",
  );
  const rows = (athlete: string): (string | number | null)[][] | undefined => {
    const race = races.find((r) => r.results.some((x) => x.athlete === athlete));
    return race && resultRows(race);
  };

  it('reads the clubs and the park for no runners, and a title retained as a win', () => {
    expect(rows('Callum Reid')).toEqual([
      ['Callum Reid', 1, 10.62],
      ['Jordan Osei', 2, 10.71],
    ]);
  });

  it('moves to the race an opening "Over 5000m," or "the closest finish … came in" names', () => {
    expect(rows('Declan Foley')).toEqual([
      ['Declan Foley', 1, 878.7],
      ['Tom Ash', 2, 902.3],
    ]);
    expect(rows('Rosie Hale')).toEqual([
      ['Rosie Hale', 1, 56.41],
      ['Jade Penman', 3, 57.3],
    ]);
    expect(rows('Ellie Marsh')).toEqual([['Ellie Marsh', 1, 261.36]]);
  });
});

describe('a marathon report that looks ahead to the summer', () => {
  const races = deriveReport(
    "LONDON, April 22 (AFP) - Ethiopia's Dawit Mersha won the men's race at the 2029 London Marathon on " +
      "Sunday, while Kenya's Ruth Kiptum claimed the women's title.\n\n" +
      "Britain's Rory Fenn was eighth in 2:09:47, a personal best that puts him in contention for a " +
      "place at this summer's World Championships.\n\n" +
      "In the women's race, Kiptum came home alone in 2:16:05.",
  );

  it('keeps the women\'s race at the marathon ("the women\'s title"), not at the championships to come', () => {
    const women = races.find((r) => r.results.some((x) => x.athlete === 'Ruth Kiptum'));
    expect(women?.name).toMatch(/^London Marathon 2029/);
    expect(women && resultRows(women)).toEqual([['Ruth Kiptum', 1, 8165]]);
    expect(races.filter((r) => /World Championships/.test(r.name))).toEqual([]);
  });
});
