/**
 * Reports that tell the race's day before they name any race: a running magazine's blog ("Sunday
 * morning was no exception.") under a byline dated the day after, and a paper's lede ("were crowned
 * champions yesterday") under its date line. Invented runners and times.
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

describe('a lede that tells "yesterday" before any race is named', () => {
  it('dates the race told next the day before the paper’s date', () => {
    const races = deriveReport(
      'Maiyo storms to national title\n\n' +
        'Sunday, February 15, 2026\n\n' +
        'ELDORET — Collins Maiyo was crowned national cross country champion yesterday.\n\n' +
        'Maiyo clocked 28:41 to win.',
    );
    const race = races.find((r) => r.results.some((x) => x.athlete === 'Collins Maiyo'));
    expect(race?.date?.value).toBe('2026-02-14');
  });
});
