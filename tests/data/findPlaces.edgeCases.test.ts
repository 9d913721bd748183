import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/data/findPlaces';
import { mentionsOf } from '../helpers/mentionsOf';

const places = (text: string, names: string[]): [string, number][] => {
  const { clause, mentions } = mentionsOf(text, names);
  return findPlaces(text, clause, mentions, true).map((p): [string, number] => [p.athleteId, p.place]);
};

describe('findPlaces edge cases', () => {
  it('findPlaces reads a win for a surname ending in -an, -ish or -ese ("Hassan won", "Wightman won")', () => {
    expect(places('Hassan won the final.', ['Hassan'])).toEqual([['hassan', 1]]);
    expect(places('Wightman won the final.', ['Wightman'])).toEqual([['wightman', 1]]);
  });

  it('findPlaces does not read "missed out on bronze" as bronze', () => {
    expect(places('Kerr missed out on bronze.', ['Kerr'])).toEqual([]);
    expect(places('Ingebrigtsen narrowly missed out on bronze.', ['Ingebrigtsen'])).toEqual([]);
  });

  it('findPlaces reads "… to win" after what was done in the race as a win, not after a hope', () => {
    expect(places('Wanjiku produced a devastating last lap to win the steeplechase.', ['Wanjiku'])).toEqual([
      ['wanjiku', 1],
    ]);
    expect(places('Hocker went on to win the final.', ['Hocker'])).toEqual([['hocker', 1]]);
    expect(
      places('Thompson edged Seville by two hundredths of a second to win the 60m.', ['Thompson', 'Seville']),
    ).toEqual([['thompson', 1]]);
    expect(places('Kerr needed a fast last lap to win the final.', ['Kerr'])).toEqual([]);
    expect(places('Hocker was tipped to win the final.', ['Hocker'])).toEqual([]);
  });

  it('findPlaces reads no place from a clause that tells an earlier result', () => {
    expect(places('who had finished fifth at the same meeting a year ago', ['Wanjiku'])).toEqual([]);
    expect(places('Wanjiku had placed third there in 2023.', ['Wanjiku'])).toEqual([]);
    expect(places('Wanjiku finished fifth.', ['Wanjiku'])).toContainEqual(['wanjiku', 5]);
  });

  it('findPlaces reads no place from a medallist title of another race ("the 2023 silver medallist")', () => {
    expect(places('Welteji, the 2023 silver medallist, finished fifth.', ['Welteji'])).toContainEqual([
      'welteji',
      5,
    ]);
    expect(places('Welteji, the 2023 silver medallist, finished fifth.', ['Welteji'])).not.toContainEqual([
      'welteji',
      2,
    ]);
    expect(places('Bell, bronze medallist in Paris last year, was seventh.', ['Bell'])).not.toContainEqual([
      'bell',
      3,
    ]);
    expect(places('Kerr, the silver medallist, said he was proud.', ['Kerr'])).toEqual([['kerr', 2]]);
  });
});
