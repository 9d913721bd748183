/**
 * A season review under dated headings in capitals ("15 AUGUST - WORLD CHAMPIONSHIPS, HEATS (5000m)")
 * whose year is told once in its prose: the rounds set off in the headings are read, and the year of
 * the races is the one the review tells first, not a year looked ahead to ("has 2038 mapped out") or
 * a bound ("since 2018"). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REVIEW = [
  "Season review: Tane Hohaia's year, race by race",
  '',
  "He ends 2037 as the fourth-best 5000m runner in the world, New Zealand's best since 2018. We look back.",
  '',
  '15 AUGUST - WORLD CHAMPIONSHIPS, HEATS (5000m)',
  'A tactical, jostling heat, which Hohaia negotiated in third place in 13:24.51 to qualify.',
  '',
  '18 AUGUST - WORLD CHAMPIONSHIPS, FINAL (5000m)',
  "Ethiopia's Haile Berhanu won gold in 12:54.11, with Hohaia fourth in 12:55.02.",
  '',
  'VERDICT',
  'His coach already has 2038 mapped out.',
].join('\n');

describe('a season review under dated headings in capitals', () => {
  const races = deriveReport(REVIEW);

  it('reads the heat and the final named in the headings as two races, each on its day of the told year', () => {
    const heat = races.find((r) => r.name.includes('heat'));
    const final = races.find((r) => r.name.endsWith('final'));
    expect(heat && [heat.date?.value, resultRows(heat)]).toEqual([
      '2037-08-15',
      [['Tane Hohaia', 3, 804.51]],
    ]);
    expect(final && [final.date?.value, resultRows(final)]).toEqual([
      '2037-08-18',
      [
        ['Haile Berhanu', 1, 774.11],
        ['Tane Hohaia', 4, 775.02],
      ],
    ]);
  });
});
