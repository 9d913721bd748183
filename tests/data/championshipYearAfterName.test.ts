/**
 * A TV website's headline "World Athletics Championships 2027: …" gives the year after the name;
 * "She finished fourth at the 2025 World Championships in Tokyo" in that report is an earlier
 * edition, so the final's results list after it stays in 2027. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'World Athletics Championships 2027: Delorme storms to 400m hurdles gold',
  '',
  "Amara Delorme won the women's 400m hurdles world title in Beijing on Wednesday in 52.07.",
  '',
  'She finished fourth at the 2025 World Championships in Tokyo, and admitted that result had stayed with her.',
  '',
  "Women's 400m hurdles final - result",
  '',
  '1. Amara Delorme (FRA) 52.07',
  '2. Keisha Monroe (USA) 52.31',
].join('\n');

describe('a championship year written after its name', () => {
  it('reads the year and keeps the results list in that edition, after an earlier one is told', () => {
    const races = deriveReport(REPORT);
    expect(races.map((r) => [r.name, resultRows(r)])).toEqual([
      ["Tokyo 2025 World Championships – Women's 400m hurdles", [['Amara Delorme', 4, null]]],
      [
        "Beijing 2027 World Championships – Women's 400m hurdles final",
        [
          ['Amara Delorme', 1, 52.07],
          ['Keisha Monroe', 2, 52.31],
        ],
      ],
    ]);
  });
});
