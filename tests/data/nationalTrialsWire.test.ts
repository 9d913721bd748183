/**
 * A wire report of a national championships with no date in its dateline: the final told first
 * (and "a place on the team for this summer's world championships" ahead), then the semi-finals
 * "a night before the final" with the second one elided ("eased to victory in the second"), and a
 * first-round heat on the day "the four-day championships began on Thursday, June 28". Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Okoro wins national 100m title\n\n' +
  "KINGSTON, Jamaica (AP) — Ama Okoro won the women's 100 meters at the 2029 Jamaican championships on Saturday night, running 10.79 seconds to claim a place on the team for this summer's world championships.\n\n" +
  'Bea Lindo was second in 10.84 and Cara Wint took third in 10.90. Dee Marsh finished fourth in 10.95.\n\n' +
  'The four-day championships began on Thursday, June 28, and Marsh had looked in vintage form that evening, winning her first-round heat in 11.02.\n\n' +
  'The semifinals a night before the final suggested a close contest. Lindo was the quickest qualifier, winning the first semifinal in 10.86, while Okoro eased to victory in the second in 10.91.';

describe('a wire report of national championships', () => {
  const races = deriveReport(text);
  const rows = races.map((r) => [r.name.replace(/^.* – /, ''), r.date?.value ?? null, resultRows(r)]);

  it('keeps the final, the semi-finals and the heat apart, each with its own results', () => {
    expect(rows).toContainEqual([
      "Women's 100m final",
      '2029-06-30',
      [
        ['Ama Okoro', 1, 10.79],
        ['Bea Lindo', 2, 10.84],
        ['Cara Wint', 3, 10.9],
        ['Dee Marsh', 4, 10.95],
      ],
    ]);
    expect(rows).toContainEqual(["Women's 100m semi-final 1", '2029-06-29', [['Bea Lindo', 1, 10.86]]]);
    expect(rows).toContainEqual(["Women's 100m semi-final 2", '2029-06-29', [['Ama Okoro', 1, 10.91]]]);
    expect(rows).toContainEqual(["Women's 100m heat", '2029-06-28', [['Dee Marsh', 1, 11.02]]]);
  });

  it('reads no race at the world championships still to come', () => {
    expect(races.some((r) => r.competition?.value.kind === 'world-championships')).toBe(false);
  });
});
