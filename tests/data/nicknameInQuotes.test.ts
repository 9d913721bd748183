/**
 * A tabloid names its winner 'Jordan "JJ" Okafo': the nickname in quotes is no part of his name, so
 * the surname later and "J Okafo" in the results line are him. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Jordan "JJ" Okafo won the battle of Britain\'s fastest men at the London Diamond League, blasting to victory in 9.91secs.',
  '',
  'Okafo turned, found Reece Maddon and gave him a thumbs-up.',
  '',
  'LONDON 100m: 1 J Okafo (GB) 9.91; 2 T Whitfeld (US) 9.95; 3 R Maddon (GB) 9.96.',
].join('\n');

describe('a nickname in quotes inside a full name', () => {
  it('reads the runner by his first name and surname', () => {
    const races = deriveReport(REPORT);
    expect(races.map(resultRows)).toEqual([
      [
        ['Jordan Okafo', 1, 9.91],
        ['T Whitfeld', 2, 9.95],
        ['Reece Maddon', 3, 9.96],
      ],
    ]);
  });
});
