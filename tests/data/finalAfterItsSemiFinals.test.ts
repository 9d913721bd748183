/**
 * Readings found on held-out set 47: an analysis of a championship final set against its semi-finals
 * two days before. "Two days ago" counts back from the report's date; a day in "what she had done on
 * Friday" or "who had looked so strong on Friday" belongs to an earlier race; "second in her semi"
 * is the numbered semi-final she ran; "slower than in her semi-final" runs no semi-final. Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a final told against its semi-finals', () => {
  const races = deriveReport(
    [
      'From semi-final scare to world gold: how Mwangi rewrote the 800m script',
      'Sunday 14 August 2033 | Sport | World Athletics Championships',
      '',
      'Two days ago, Faith Mwangi was a picture of worry. She had won her semi-final the hard way. Tonight she is world champion.',
      '',
      "Mwangi won the women's 800m final at the 2033 World Championships in 1:56.50. Australia's Kate Rowe was second in 1:56.80.",
      '',
      'The first semi-final was won by Rowe in 1:58.00. She was followed home by the American Jada Price, second in 1:58.20.',
      '',
      "Mwangi won the second semi-final in 1:57.40. Britain's Ellie Marsh was third in 1:58.60.",
      '',
      'In the final, Mwangi did the opposite of what she had done on Friday and led from the gun.',
      '',
      'Price, second in her semi, was fifth in the final. Marsh finished seventh in 1:59.10, slower than in her semi-final.',
      '',
      "Canada's Anne Roy, who had looked so strong on Friday, fell at 500m and did not finish.",
    ].join('\n'),
  );
  const named = (suffix: string) => races.find((r) => r.name.endsWith(suffix));

  it("dates the final on the report's day and the semi-finals two days before", () => {
    expect(named('final')?.date?.value).toBe('2033-08-14');
    expect(named('semi-final 1')?.date?.value).toBe('2033-08-12');
    expect(named('semi-final 2')?.date?.value).toBe('2033-08-12');
  });

  it('keeps a result told after "slower than in her semi-final" in the final', () => {
    expect(named('final') && resultRows(named('final')!)).toEqual([
      ['Faith Mwangi', 1, 116.5],
      ['Kate Rowe', 2, 116.8],
      ['Jada Price', 5, null],
      ['Ellie Marsh', 7, 119.1],
      ['Anne Roy', null, null],
    ]);
  });

  it('puts "second in her semi" in the numbered semi-final where she was second, making no other', () => {
    expect(races.filter((r) => r.name.includes('semi-final'))).toHaveLength(2);
    expect(named('semi-final 1') && resultRows(named('semi-final 1')!)).toEqual([
      ['Kate Rowe', 1, 118],
      ['Jada Price', 2, 118.2],
    ]);
  });
});
