/**
 * A world championships report from Beijing (its byline "World Championships, Beijing") tells a
 * rival's win "at the Botswana championships in Gaborone in May": a race of an earlier month than
 * the championships (by the editions table), so the results list after it stays in the final.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  "By Mark Ellis | World Championships, Beijing | Men's 200m final",
  '',
  'Terrence Hollis won the world 200m title in 19.61 on Friday night, with Botswana’s Kagiso Seretsi second in 19.72.',
  '',
  'Seretsi came into the championships with the quickest time of the year. He won the final at the Botswana championships in Gaborone in May in 19.69, but the wind was over the limit.',
  '',
  "RESULT - Men's 200m final",
  '1. Terrence Hollis (USA) 19.61',
  '2. Kagiso Seretsi (BOT) 19.72',
  '3. Oshane White (JAM) 19.80',
].join('\n');

describe('a race in an earlier month than the championships reported', () => {
  it('keeps the results list in the championship final', () => {
    const races = deriveReport(REPORT);
    const byName = Object.fromEntries(races.map((r) => [r.name, resultRows(r)]));
    expect(byName["Beijing 2027 World Championships – Men's 200m final"]).toEqual([
      ['Terrence Hollis', 1, 19.61],
      ['Kagiso Seretsi', 2, 19.72],
      ['Oshane White', 3, 19.8],
    ]);
    expect(races.filter((r) => r.name.includes('Botswana')).map(resultRows)).toEqual([
      [['Kagiso Seretsi', 1, 19.69]],
    ]);
  });
});
