/**
 * A broadcaster's report of a continental championships' evening: a men's 400m told "Earlier on
 * Thursday" whose runner-up "had run the fastest time in the semi-finals on Wednesday", and a
 * women's sprint whose winner "had eased through her semi-final" before a main clause that goes on
 * with the final. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Asian Athletics Championships: Wick wins 400m\n\n' +
  'Published May 24, 2029 09:45pm\n\n' +
  "BANGKOK: Sri Lanka's Dinesh Wick stormed to victory in the men's 400m at the Asian Athletics Championships on Thursday, winning in 44.92s.\n\n" +
  "India's Arjun Rao closed fast, finishing 0.18s behind in 45.10s. Saudi Arabia's Faisal Harbi was third in 45.31s.\n\n" +
  'Rao, who had run the fastest time in the semi-finals on Wednesday, winning his race in 45.02s, said he had left himself too much to do.\n\n' +
  "In the women's 100m final, Ana Lee, who had eased through her semi-final in 11.12 earlier in the afternoon, was quickest out of the blocks and won in 11.05, finishing ahead of Japan's Mei Sato (11.09) and China's Wu Lan (11.15).";

describe("a report of a continental championships' evening", () => {
  const races = deriveReport(text);
  const find = (event: string, round: string) =>
    races.find((r) => r.event?.value === event && r.round?.value === round);

  it('reads a race whose semi-finals are told as past as the final, and the semi-final apart', () => {
    expect(resultRows(find('400m', 'final')!)).toEqual([
      ['Dinesh Wick', 1, 44.92],
      ['Arjun Rao', 2, 45.1],
      ['Faisal Harbi', 3, 45.31],
    ]);
    expect(find('400m', 'final')?.date?.value).toBe('2029-05-24');
    expect(resultRows(find('400m', 'semi-final')!)).toEqual([['Arjun Rao', 1, 45.02]]);
    expect(find('400m', 'semi-final')?.date?.value).toBe('2029-05-23');
  });

  it('keeps the runners told after a closed relative clause in the final', () => {
    expect(resultRows(find('100m', 'final')!)).toEqual([
      ['Ana Lee', 1, 11.05],
      ['Mei Sato', 2, 11.09],
      ['Wu Lan', 3, 11.15],
    ]);
    expect(resultRows(find('100m', 'semi-final')!)).toEqual([['Ana Lee', null, 11.12]]);
  });
});
