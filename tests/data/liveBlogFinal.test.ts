/**
 * A live blog of a championship final that recalls, in passing, the semi-final a runner won on an
 * earlier day and the title another won months before. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const BLOG =
  'Continental Championships 2031, day five – live\n' +
  "Women's 800m final as it happened from Alexander Stadium, Birmingham\n\n" +
  'Saturday 16 August 2031\n\n' +
  '19:58 BST\n' +
  'The home crowd has one name on its lips: Hattie Lowther. The 22-year-old looked imperious on Thursday, ' +
  'winning the second semi-final in 1:58.06, the quickest time of the round.\n\n' +
  '20:05 BST\n' +
  "The woman in her way is Spain's Lucia Ferrer, silver medallist at the World Indoors back in March.\n\n" +
  '20:41 BST\n' +
  "And they are away! Ferrer sits on the leader's shoulder and Lowther is boxed on the rail.\n\n" +
  '20:43 BST\n' +
  'FERRER TAKES IT ON THE LINE! The Spaniard wins in 1:57.38. Lowther flies past for silver in 1:57.51!\n';

describe('a live blog of a final that recalls an earlier round', () => {
  const races = deriveReport(BLOG);
  const final = races.find((r) => r.round?.value === 'final' && r.results.length > 1);

  it('keeps the commentary after the semi-final paragraph in the final', () => {
    expect(final && resultRows(final)).toEqual([
      ['Lucia Ferrer', 1, 117.38],
      ['Hattie Lowther', 2, 117.51],
    ]);
  });

  it('dates the final by the blog and the semi-final by its weekday', () => {
    const semi = races.find((r) => r.round?.value === 'semi-final');
    expect(final?.date?.value).toBe('2031-08-16');
    expect(semi && [semi.date?.value, resultRows(semi)]).toEqual([
      '2031-08-14',
      [['Hattie Lowther', 1, 118.06]],
    ]);
  });
});
