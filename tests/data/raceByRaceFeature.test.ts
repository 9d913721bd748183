/**
 * A feature comparing two marathoners' last races, told runner by runner, each race opening its
 * paragraph with "City, Month Year.": places told after a moment of the race in another predicate
 * ("sat in the lead pack until 35km and held on for second place"), a win "by more than a minute
 * in 2:17:59". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { midRaceReader } from '../../src/data/midRace';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const report =
  'Mirror images: two marathoners, four races\n\n' +
  "Ethiopia's Almaz Tefera Desta and Kenya's Joyce Chepchirchir Rono have spent two years " +
  'shadowing each other around the major marathon circuit.\n\nTEFERA DESTA\n\n' +
  'Berlin, September 2023. Running only her second marathon, she sat in the lead pack until 35km ' +
  'and held on for second place in 2:18:44.\n\n' +
  'Tokyo, March 2024. On a cold morning she broke away after 30km and won by more than a minute ' +
  'in 2:17:59.\n\nCHEPCHIRCHIR RONO\n\n' +
  'Chicago, October 2023. In humid conditions she was the last woman standing and won in 2:19:31.\n\n' +
  'London, April 2024. Rono went with the early surge, paid for it after halfway and faded to ' +
  'fourth in 2:20:02.';

describe('a feature told race by race under "City, Month Year." openings', () => {
  const races = deriveReport(report);

  it('reads one race per opening, named by its city and year', () => {
    expect(races.map((r) => r.name).sort()).toEqual([
      'Berlin 2023 – marathon',
      'Chicago 2023 – marathon',
      'London 2024 – marathon',
      'Tokyo 2024 – marathon',
    ]);
  });

  it('gives each race the place and time of its paragraph', () => {
    const rows = (city: string) => {
      const race = races.find((r) => r.name.startsWith(city));
      return race ? resultRows(race) : [];
    };
    expect(rows('Berlin')).toEqual([['Almaz Tefera Desta', 2, 8324]]);
    expect(rows('Tokyo')).toEqual([['Almaz Tefera Desta', 1, 8279]]);
    expect(rows('Chicago')).toEqual([['Joyce Chepchirchir Rono', 1, 8371]]);
    expect(rows('London')).toEqual([['Joyce Chepchirchir Rono', 4, 8402]]);
  });

  it('reads a place as a moment of the race only in the predicate that tells the moment', () => {
    const clause = 'He was fourth at the bell and finished sixth';
    const midRace = midRaceReader(clause, 100);
    expect(midRace(100 + clause.indexOf('fourth'))).toBe(true);
    expect(midRace(100 + clause.indexOf('sixth'))).toBe(false);
  });
});
