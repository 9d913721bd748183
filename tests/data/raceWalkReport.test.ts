/**
 * A national championships track race walk: "10,000m race walk" is a walk of 10,000 metres (not
 * kilometres), so its times in minutes are read, and a championship the walkers have "eyes on" is one
 * to come, not the race's. Invented walkers and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a track race walk report', () => {
  const races = deriveReport(
    'Madrid, Sunday 30 July 2033\n\n' +
      'Álvaro Benito retained his Spanish 10,000m race walk title on Saturday evening. ' +
      'Benito covered the final lap in 1:29 to win in 38:52.41. Diego Sola was second in 38:55.07 and Marc Rius ' +
      'third in 39:10.66, all three of them with eyes on the European Championships later this summer.',
  );

  it('reads the walk in metres with its times, at no championships to come', () => {
    expect(races.map((r) => [r.event?.value ?? null, resultRows(r)])).toEqual([
      [
        '10000m walk',
        [
          ['Álvaro Benito', 1, 2332.41],
          ['Diego Sola', 2, 2335.07],
          ['Marc Rius', 3, 2350.66],
        ],
      ],
    ]);
    expect(races[0]?.name).not.toMatch(/European/);
  });
});
