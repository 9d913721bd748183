/**
 * A report on the Asian Games 5000m: the Asian Games are not the Asian Championships named in
 * passing, and "the Games" later in the report are those Asian Games (not the Olympics), so the
 * day's other results keep the report's date. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'DOHA, December 8',
  '',
  "Gurdeep Singh Rawal claimed bronze in the men's 5000m final at the 2030 Asian Games here on Sunday in 13:26.88, India's first medal in the men's 5000m at the Games in two decades.",
  '',
  'He was fourth over 5000m at the Asian Championships in Bangkok last year.',
  '',
  "In other results on Sunday, Sri Lanka's Nethmi Wickrama won the women's 800m in 2:01.37.",
].join('\n');

describe('the Asian Games and "the Games"', () => {
  const races = deriveReport(REPORT);

  it('names the race in hand for the Asian Games and dates it and the day’s other race', () => {
    const games = races.filter((r) => r.name.startsWith('Asian Games 2030'));
    expect(games.map((r) => [r.name, r.date?.value ?? null, resultRows(r)])).toEqual([
      ["Asian Games 2030 – Men's 5000m final", '2030-12-08', [['Gurdeep Singh Rawal', 3, 806.88]]],
      ["Asian Games 2030 – Women's 800m", '2030-12-08', [['Nethmi Wickrama', 1, 121.37]]],
    ]);
  });

  it('makes no Olympic race of "the Games"', () => {
    expect(races.some((r) => r.name.includes('Olympics'))).toBe(false);
  });
});
