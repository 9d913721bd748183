/**
 * A one-day meeting's report on a 100m decided by a photo finish, with the women's 100m told after
 * it "earlier in the evening", and a final whose favourite is named in an apposition. Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const PHOTO_FINISH = [
  'Okonkwo wins Rome 100m on photo finish',
  "Nigeria's Chuka Okonkwo beat Jaylen Baptiste in the Golden Gala 100m in Rome on Thursday 5 June 2036.",
  'Then the photo finish image flashed up on the big screen: Okonkwo 9.817, Baptiste 9.820.',
  "Japan's Riku Nakashima was third in 9.874.",
  "Earlier in the evening, Jamaica's Shanique Powell-Grant won the women's 100m in 10.84, with the Ivorian Marie Kone second.",
].join('\n\n');

describe('a race told "earlier in the evening" beside the race in hand', () => {
  it('is another race of the day, so the race in hand, of the same event, is of the other sex', () => {
    const races = deriveReport(PHOTO_FINISH);
    const men = races.find((r) => r.sex?.value === 'men');
    const women = races.find((r) => r.sex?.value === 'women');
    expect(resultRows(men!)).toEqual([
      ['Chuka Okonkwo', 1, 9.817],
      ['Jaylen Baptiste', 2, 9.82],
      ['Riku Nakashima', 3, 9.874],
    ]);
    expect(resultRows(women!)).toEqual([
      ['Shanique Powell-Grant', 1, 10.84],
      ['Marie Kone', 2, null],
    ]);
    expect(women?.date?.value).toBe('2036-06-05');
  });

  it('is the same race when the sentence is told at no other hour', () => {
    const races = deriveReport(PHOTO_FINISH.replace('Earlier in the evening, ', 'Meanwhile, '));
    expect(races.filter((r) => r.event?.value === '100m')).toHaveLength(1);
  });
});

describe('a final told with its favourite in an apposition', () => {
  const FINAL = [
    "Jean-Philippe Ouellette won the men's 800m final at the Commonwealth Games in 1:43.92.",
    "Botswana's Kagiso Molefhe took bronze in 1:44.37.",
    "The favourite, New Zealand's Oliver Fairbrother, never recovered from being boxed in and trailed home seventh in 1:46.81.",
    'His personal best is still 1:43.40.',
  ].join('\n\n');

  it('gives the place and time to the runner the apposition names, not to the last runner told', () => {
    const [race] = deriveReport(FINAL);
    expect(resultRows(race!)).toEqual([
      ['Jean-Philippe Ouellette', 1, 103.92],
      ['Kagiso Molefhe', 3, 104.37],
      ['Oliver Fairbrother', 7, 106.81],
    ]);
  });
});

describe('a college round-up told by the day of each final', () => {
  const ROUND_UP = [
    'Ashford State women claim conference crown',
    'The Hawks finished with 148 points at the two-day VAC Championships, which opened Friday.',
    "Jasmine Okafor added a runner-up finish in the 100-meter hurdles, clocking 13.38, behind St. Anselm's Tiana Roberts.",
    "On the men's side, junior Darius Whitfield gave Ashford State its only individual title, winning Saturday's 400-meter final in 46.71.",
  ].join('\n\n');

  it('reads "a runner-up finish" as second and the one finished behind as the winner', () => {
    const hurdles = deriveReport(ROUND_UP).find((r) => r.event?.value === '100m hurdles');
    expect(resultRows(hurdles!)).toEqual([
      ['Tiana Roberts', 1, null],
      ['Jasmine Okafor', 2, 13.38],
    ]);
  });

  it('reads "Saturday\'s 400-meter final" as the race won, with its time', () => {
    const final = deriveReport(ROUND_UP).find((r) => r.event?.value === '400m');
    expect(final?.round?.value).toBe('final');
    expect(resultRows(final!)).toEqual([['Darius Whitfield', 1, 46.71]]);
  });
});
