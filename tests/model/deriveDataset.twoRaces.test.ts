import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';

/** Races of one article as "event: place athlete time; …". */
const racesOf = (text: string): string[] =>
  deriveDataset([{ name: 'a.txt', text }]).races.map(
    (r) =>
      `${r.event?.value ?? '?'}: ${r.results.map((x) => `${x.place?.value ?? '-'} ${x.athleteId} ${x.time?.value ?? ''}`.trim()).join('; ')}`,
  );

describe('deriveDataset on a report of two races at one meeting', () => {
  it('keeps each result in its race: an opening "In the men\'s 1500 meters," moves the report to that race', () => {
    expect(
      racesOf(
        "EUGENE, Ore. (AP) — Faith Cherotich held on to win the women's steeplechase in 8:53.34 at the Prefontaine Classic on Saturday. Winfred Yavi was second in 8:53.94.\n\nIn the men's 1500 meters, Yared Nuguse ran 3:29.88 to beat Niels Laros of the Netherlands, who clocked 3:30.21. Reynold Cheruiyot was third.",
      ).sort(),
    ).toEqual([
      '1500m: 3 reynold-cheruiyot; - yared-nuguse 209.88; - niels-laros 210.21',
      '3000m steeplechase: 1 faith-cherotich 533.34; 2 winfred-yavi 533.94',
    ]);
  });

  it('tells numbered semi-finals apart by name ("the second semi"), each run by the sex of the first', () => {
    const races = deriveDataset([
      {
        name: 'a.txt',
        text: "Saint Lucia's Julien Alfred won the first semi-final of the women's 100m at the World Championships in Tokyo in 10.84 on Saturday 13 September 2025. American Melissa Jefferson-Wooden took the second semi in 10.76, ahead of Jamaica's Tina Clayton (10.89).",
      },
    ]).races;
    expect(races.map((r) => r.name)).toEqual([
      "Tokyo 2025 World Championships – Women's 100m semi-final 1",
      "Tokyo 2025 World Championships – Women's 100m semi-final 2",
    ]);
    expect(races[1]?.results.map((r) => r.athleteId)).toEqual(['melissa-jefferson-wooden', 'tina-clayton']);
  });

  it('gives "through to Sunday\'s final" to the final, not to the semi-final the report is about', () => {
    const dataset = deriveDataset([
      {
        name: 'a.txt',
        text: "Julien Alfred eased through to Sunday's final of the women's 100m at the World Championships in Tokyo, winning the first semi-final in 10.84 seconds on Saturday 13 September 2025.",
      },
    ]);
    expect(dataset.races.map((r) => [r.name, r.date?.value])).toEqual([
      ["Tokyo 2025 World Championships – Women's 100m semi-final 1", '2025-09-13'],
    ]);
    expect(dataset.issues.filter((i) => i.kind === 'weekday-mismatch')).toEqual([]);
  });
});
