/**
 * Readings found in a magazine profile of a steeplechaser (h1392 of set 118): her given names used
 * alone, a medal won "in the 2000m steeplechase in 6:31.48", a win "in May", a national title after an
 * international championship, and a hyphenated regional epithet before a name. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf } from '../helpers/reportRaces';

describe('a profile of one runner', () => {
  it('keeps a runner of two given names and two surnames whole when her given names are used alone', () => {
    const found = raceRowsOf(
      'The Barrier and the Water',
      '',
      'Lucía Inés Arrieta Goñi has spent a decade learning the steeplechase.',
      '',
      '"It is the landing," says Luci — nobody has called her Lucía Inés since school.',
      '',
      'At the 2036 Olympic Games she ran the 3000m steeplechase final in 9:06.55 and finished fourth.',
    );
    expect(found.map((r) => r.rows)).toEqual([[['Lucía Inés Arrieta Goñi', 4, 546.55]]]);
  });

  it('reads a medal won in an event with its time, and a later national title as a race of its own', () => {
    const found = raceRowsOf(
      'Steeplechase profile',
      '',
      'Carmen Olaizola Urrutia is a steeplechaser.',
      '',
      'At the 2031 European U20 Championships she took bronze in the 2000m steeplechase in 6:31.48. Three years later she was Spanish senior steeplechase champion for the first time, winning the national title in 9:24.17.',
    );
    expect(found.map((r) => [r.name, r.rows])).toEqual([
      ['European U20 Championships 2031 – 2000m steeplechase', [['Carmen Olaizola Urrutia', 3, 391.48]]],
      [expect.stringMatching(/^National Championships/), [['Carmen Olaizola Urrutia', 1, 564.17]]],
    ]);
  });

  it('reads a win told after a month or a year as a win, not as a wish', () => {
    for (const when of ['In May', 'In 2034']) {
      const found = raceRowsOf(
        'Rabat steeplechase report',
        '',
        'Ana Lopez is in form.',
        '',
        `${when} she won the 3000m steeplechase in Rabat in 9:08.91, beating Maria Chebet Akello, who was second.`,
      );
      expect(found.flatMap((r) => r.rows)).toEqual([
        ['Ana Lopez', 1, 548.91],
        ['Maria Chebet Akello', 2, null],
      ]);
    }
  });

  it('still reads "may" before a win as a win only hoped for', () => {
    const found = raceRowsOf(
      'Rabat preview',
      '',
      'Ana Lopez is in form. She may win the 3000m steeplechase in Rabat on Sunday.',
    );
    expect(found.flatMap((r) => r.rows)).toEqual([]);
  });

  it('resolves a hyphenated regional epithet to the name written after it', () => {
    const found = raceRowsOf(
      'Spanish Championships report',
      '',
      'The Portuguese Inês Carvalho Bastos finished fourth with 4:11.20 in the 1500m.',
      '',
      'In the 800 metres, the Castilian-Manchegan Álvaro Sánchez-Migallón won the final in 1:45.88.',
    );
    expect(found.flatMap((r) => r.rows)).toContainEqual(['Álvaro Sánchez-Migallón', 1, 105.88]);
  });
});
