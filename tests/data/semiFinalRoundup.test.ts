/**
 * A round-up of world 100m semi-finals: "the fastest man into Sunday night's world 100m final,
 * clocking 9.86 seconds to win the first of Sunday evening's semi-finals" is a semi-final result (the
 * final is where he goes), and "Flowers, the 100m silver medallist at the Brisbane Olympics three
 * years ago, was not troubled, winning in 9.89" is a result of the second semi-final, not of those
 * Olympics. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'World Athletics Championships 2035',
  '',
  'Reed sends warning as three Americans make world 100m final',
  '',
  'Last updated: Sunday 12 August 2035, 20:41',
  '',
  "Jamaica's Kishan Reed was the fastest man into Sunday night's world 100m final, clocking 9.86 seconds to win the first of Sunday evening's semi-finals in Nairobi.",
  '',
  'He finished well clear of American Malik Thorn, who was second in 9.93.',
  '',
  'SEMI-FINAL TWO',
  '',
  "When the race finally got going, Flowers, the 100m silver medallist at the Brisbane Olympics three years ago, was not troubled, winning in 9.89, with South Africa's Thabo Mokena second in 9.95.",
  '',
  'DeAndre Flowers is the favourite for the final.',
].join('\n');

describe('a round-up of semi-finals', () => {
  const races = deriveReport(REPORT);
  const rows = new Map(races.map((r) => [r.name, resultRows(r)]));

  it('reads the winner of the first semi-final as that, not as a result of the final', () => {
    expect(rows.get('2035 World Championships – 100m semi-final 1')).toEqual([
      ['Kishan Reed', 1, 9.86],
      ['Malik Thorn', 2, 9.93],
    ]);
    expect(races.some((r) => r.name.endsWith('final') && !r.name.includes('semi'))).toBe(false);
  });

  it('keeps the second semi-final out of the Olympics a runner won a medal at', () => {
    expect(rows.get('2035 World Championships – 100m semi-final 2')).toEqual([
      ['DeAndre Flowers', 1, 9.89],
      ['Thabo Mokena', 2, 9.95],
    ]);
    expect(races.filter((r) => r.name.includes('Brisbane')).flatMap(resultRows)).toEqual([]);
  });
});
