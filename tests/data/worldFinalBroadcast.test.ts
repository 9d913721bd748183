/**
 * A broadcaster's report of a world final: a favourite named "The Dutch favourite Sofie Berghuis,
 * fastest in the semi-finals," who then finished fourth, in the final. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a broadcaster's report of a world final", () => {
  const races = deriveReport(
    'Last updated: Thursday 23 August 2029, 22:41\n\n' +
      "Amara Obi produced the race of her life tonight to win the women's 400m hurdles world title in 52.31.\n\n" +
      "Germany's Lena Hofer held on for silver in 52.78.\n\n" +
      'The Dutch favourite Sofie Berghuis, fastest in the semi-finals, faded badly over the closing 80 metres ' +
      'and finished fourth in 53.40.\n\n' +
      "Team GB's Hannah Price ran a season's best of 53.66 for fifth.",
  );

  it('keeps the final in hand after "fastest in the semi-finals", and the favourite her own place', () => {
    expect(races).toHaveLength(1);
    const [final] = races;
    expect(final && resultRows(final)).toEqual([
      ['Amara Obi', 1, 52.31],
      ['Lena Hofer', 2, 52.78],
      ['Sofie Berghuis', 4, 53.4],
      ['Hannah Price', 5, 53.66],
    ]);
  });
});

describe("a magazine's city marathon report with splits", () => {
  const races = deriveReport(
    'BMW Berlin Marathon, Sunday 26 September 2032\n\n' +
      "The two leaders ran shoulder to shoulder past the Kaiser Wilhelm Memorial Church. Kenya's Tom Kiprop " +
      'crossed in 2:03:51 to win.\n\n' +
      'WOMEN: Ruth alone from 25km\n\n' +
      "In the women's race, Kenya's Ruth Chepkoech broke away at 24km and by 25km (1:20:41) had a gap of " +
      'eight seconds. Chepkoech won in 2:16:44.',
  );

  it('takes "the Kaiser Wilhelm Memorial Church" for no meeting and "from 25km" for no race', () => {
    expect(races.map((r) => r.name)).toEqual([
      'BMW Berlin Marathon 2032 – marathon',
      "BMW Berlin Marathon 2032 – Women's marathon",
    ]);
  });
});

describe("a pronoun after a runner's margin", () => {
  it('gives "she won" to the runner whose margin the clause told of, not the sentence\'s first subject', () => {
    const [race] = deriveReport(
      "In the women's marathon, Kenya's Ruth Chepkoech and Ethiopia's Almaz Tefera ran together to halfway. " +
        "Tefera rallied over the final 5km, but Chepkoech's margin was never seriously threatened and she won in 2:16:44. " +
        'Tefera was second in 2:17:20.',
    );
    expect(race && resultRows(race)).toEqual([
      ['Ruth Chepkoech', 1, 8204],
      ['Almaz Tefera', 2, 8240],
    ]);
  });
});

describe('a medal a runner was "beaten for"', () => {
  it('reads "she was also fourth, beaten for bronze by five hundredths" as fourth, not third', () => {
    const races = deriveReport(
      'Maya Thiboult was fourth in the Olympic final.\n\nIt is a familiar wound. In the 800m final at the 2027 ' +
        'World Championships in Beijing she was also fourth, beaten for bronze by five hundredths of a second.',
    );
    const beijing = races.find((r) => r.name.startsWith('Beijing 2027'));
    expect(beijing && resultRows(beijing)).toEqual([['Maya Thiboult', 4, null]]);
  });
});
