/**
 * A career profile's recalled races: an age group's world championships named with its city and year
 * after it, the World Cross Country Championships, whose "Cross Country" is no runner, and an
 * Olympic 10,000 metres told after the Games' name. Invented runner, places and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a career profile's recalled races", () => {
  const races = deriveReport(
    'Published 14 April 2026\n\n' +
      'Grace Achieng will line up in London on Sunday week.\n\n' +
      'At the World Under-20 Championships in Nairobi in 2021 she went with the leaders in the 3000m ' +
      'and paid for it, fading to fifth in 9:02.15.\n\n' +
      'Two years later, at the World Cross Country Championships in Bathurst, she took silver. ' +
      'At the Paris Olympics in 2024 she finished ninth in the 10,000 metres in 30:41.22.',
  );

  it("names an age group's world championships, with the year told after its city", () => {
    const u20 = races.find((r) => r.name.includes('Under-20'));
    expect(u20?.name).toMatch(/^World Under-20 Championships 2021/);
    expect(u20 && resultRows(u20)).toEqual([['Grace Achieng', 5, 542.15]]);
  });

  it('reads a medal at the World Cross Country Championships, a meeting named as championships', () => {
    const xc = races.find((r) => r.name.startsWith('World Cross Country Championships'));
    expect(xc && resultRows(xc)).toEqual([['Grace Achieng', 2, null]]);
  });

  it('takes "Cross Country" for no runner, and "in the 10,000 metres in 30:41.22" for the event run', () => {
    const olympic = races.find((r) => r.name.startsWith('Paris 2024 Olympics'));
    expect(olympic && resultRows(olympic)).toEqual([['Grace Achieng', 9, 1841.22]]);
    expect(races.flatMap((r) => r.results.map((x) => x.athlete))).not.toContain('Cross Country');
  });
});
