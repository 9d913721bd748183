/**
 * Readings found on held-out set 73 (fan and live blogs, features, season reviews, previews,
 * injury, selection and doping stories): a live blog's medal lines with the label in capitals and no
 * dash ("GOLD Davide Marchetti (ITA) 20.012"), and "The Dutchwoman" right after a newly named
 * winner, when the Dutch runner the blog named earlier is three runners back. Invented runners and
 * times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a live blog of a championship evening, newest entry first', () => {
  const races = deriveReport(
    [
      'Continental Championships, day two - as it happened',
      '',
      'Friday 9 August 2035',
      '',
      '21:58',
      "Correction on the women's 100m hurdles: the Dutch runner Isa Meijer is fourth in 12.88.",
      '',
      '21:49',
      "MEN'S 200M FINAL - RESULT",
      'GOLD Davide Marchetti (ITA) 20.012',
      'SILVER Kofi Mensah-Lund (SWE) 20.104',
      'BRONZE Piotr Zawadzki (POL) 20.211',
      '',
      '21:47',
      'WOW. Marchetti was down on Mensah-Lund at 100 metres and came through in the last 30. Zawadzki is flat on his back.',
      '',
      '21:31',
      "WOMEN'S 5000M FINAL",
      'Lotte van Rijswijk-Bos has done it! The Dutchwoman kicked off the final bend to win in 14:51.20.',
    ].join('\n'),
  );

  it('reads medal lines whose label in capitals has no dash after it', () => {
    const sprint = races.find((r) => r.event?.value === '200m');
    expect(sprint && resultRows(sprint)).toEqual([
      ['Davide Marchetti', 1, 20.012],
      ['Kofi Mensah-Lund', 2, 20.104],
      ['Piotr Zawadzki', 3, 20.211],
    ]);
  });

  it('takes a demonym after a newly named winner for that winner, not a compatriot named further back', () => {
    const race = races.find((r) => r.event?.value === '5000m');
    expect(race && resultRows(race)).toEqual([['Lotte van Rijswijk-Bos', 1, 891.2]]);
  });
});
