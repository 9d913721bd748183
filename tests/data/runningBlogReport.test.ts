/**
 * A running magazine's blog report that names the day before it names any race ("Sunday morning
 * was no exception.") under a byline dated the day after. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a blog report that tells the day before the race', () => {
  const races = deriveReport(
    'Valencia Half: Melly goes sub-58\n\n' +
      'by Staff Writer | October 24, 2033 | 7 min read\n\n' +
      'Some races you watch with a stopwatch. Sunday morning was no exception.\n\n' +
      'THE MEN’S RACE\n\n' +
      "Kenya's Joash Melly waited until the pacers stepped off and then ran away. " +
      'He crossed the line first in 57:51.',
  );

  it('dates the race told next by that day, not by the byline', () => {
    const race = races.find((r) => r.results.some((x) => x.athlete === 'Joash Melly'));
    expect(race && resultRows(race)).toEqual([['Joash Melly', 1, 3471]]);
    expect(race?.date?.value).toBe('2033-10-23');
  });
});
