/**
 * A selection story: "the committee had considered several options for the third spot in the
 * event" names a place on a team, not in a race. Invented people.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport } from '../helpers/reportRaces';

describe('a spot on a team', () => {
  it('reads no place from "options for the third spot in the event"', () => {
    const races = deriveReport(
      'Athletics Canada head coach Simon Kearns said the selection committee had considered several options for the third spot in the event at the 2033 World Championships.',
    );
    expect(races.flatMap((r) => r.results)).toEqual([]);
  });
});
