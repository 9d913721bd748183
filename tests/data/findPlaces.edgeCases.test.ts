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
});
