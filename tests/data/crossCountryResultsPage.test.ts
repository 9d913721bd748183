/**
 * A cross-country meeting's results page: a title that says "results", a line opening on the day's
 * date with notes of the weather, and one comma-run line per race headed by its age group, sex and
 * course length, the junior ones without places. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const PAGE = [
  'Duinencross Scheveningen - results',
  'Sunday 23 November 2036. Heavy sand, strong north-westerly, 7C. World Athletics Cross Country Tour (Silver).',
  'Senior men (10.2km): 1 Abel Kiprotich (UGA) 31:48, 2 Samuel Tefera (ETH) 31:52, 3 Bram van den Heuvel (NED) 32:14.',
  'U20 men (6.1km): Hugo Lemaire (FRA) 19:02, Daan Verbruggen (BEL) 19:05, Milan de Vries (NED) 19:41.',
  'Next Tour fixture: Cross de Atapuerca, 14 December.',
].join('\n\n');

describe('a cross-country results page', () => {
  const races = deriveReport(PAGE);

  it('reads each headed line as its own race, told apart by its course length', () => {
    expect(races.map((r) => r.event?.value)).toEqual(['10.2km', '6.1km']);
    expect(resultRows(races[0]!)).toEqual([
      ['Abel Kiprotich', 1, 1908],
      ['Samuel Tefera', 2, 1912],
      ['Bram van den Heuvel', 3, 1934],
    ]);
  });

  it('places the entries of a line without places in their order, under a title that says "results"', () => {
    expect(resultRows(races[1]!)).toEqual([
      ['Hugo Lemaire', 1, 1142],
      ['Daan Verbruggen', 2, 1145],
      ['Milan de Vries', 3, 1181],
    ]);
  });

  it("dates every race with the day the page opens on, not the next fixture's", () => {
    expect(races.map((r) => r.date?.value)).toEqual(['2036-11-23', '2036-11-23']);
  });
});
