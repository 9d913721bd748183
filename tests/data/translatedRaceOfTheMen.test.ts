/**
 * A report translated from the French: the men's race is first told without its sex ("… won the
 * Marathon, while the Frenchman … was third"), then named as "the race of the elite men", and the
 * women's as "At the women, …". Last year's result told in an apposition ("Bett, winner last year in
 * 2 h 05 min 12 s, was the first to crack") is last year's race; a translator's note equating two
 * ways of writing a time gives no one that time. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  '[Translated from the French. Original published Monday 14 April 2036]',
  '',
  'LYON MARATHON: ALEMU IN COMMAND',
  '',
  'The Ethiopian Tesfaye Alemu won the 2036 Lyon Marathon on Sunday 13 April in 2 h 05 min 48 s, while the Frenchman Mehdi Benali, third, broke the record of France.',
  '',
  'Under a pale sky, the race of the elite men was launched at a pace of record. The Kenyan Josphat Bett, winner last year in 2 h 05 min 12 s, was the first to crack.',
  '',
  'At the women, the Kenyan Gladys Chepkurui made a solo race to win in 2 h 19 min 37 s. The Ethiopian Almaz Desta finished second in 2 h 20 min 11 s.',
  '',
  "Translator's note: times are given in the French style (2 h 05 min 48 s = 2:05:48).",
].join('\n');

describe('a translated marathon report with its sexes told the French way', () => {
  const races = deriveReport(REPORT);
  const named = (part: string) => races.filter((r) => r.name.includes(part));

  it('keeps the men and the women apart, the men in the race first told without its sex', () => {
    const [men] = named("2036 – Men's marathon");
    const [women] = named("2036 – Women's marathon");
    expect(men && resultRows(men)).toEqual([
      ['Tesfaye Alemu', 1, 7548],
      ['Mehdi Benali', 3, null],
    ]);
    expect(women && resultRows(women)).toEqual([
      ['Gladys Chepkurui', 1, 8377],
      ['Almaz Desta', 2, 8411],
    ]);
  });

  it("puts the win and time told in an apposition on last year in last year's race", () => {
    const [past] = named('2035');
    expect(past && resultRows(past)).toEqual([['Josphat Bett', 1, 7512]]);
  });
});
