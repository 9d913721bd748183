/**
 * A disqualification report with the original result and the revised one after an appeal, one list
 * under the other: the revised order replaces the places told before it, and the disqualified
 * winner keeps her time but no place. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a result revised after an appeal', () => {
  const races = deriveReport(
    "LIÉVIN, Sunday March 11, 2035 — Ethiopia's Rahel Abera was disqualified from the women's 1500m final " +
      "at the World Indoor Championships, handing the gold medal to Kenya's Jemima Otieno.\n\n" +
      'Abera had won in 4:01.22, with Otieno second in 4:01.50 and Isla McTay third in 4:01.93.\n\n' +
      'ORIGINAL RESULT (Saturday)\n1 Rahel Abera ETH 4:01.22\n2 Jemima Otieno KEN 4:01.50\n3 Isla McTay GBR 4:01.93\n\n' +
      'REVISED RESULT (after appeal)\n1 Jemima Otieno KEN 4:01.50\n2 Isla McTay GBR 4:01.93\nDQ Rahel Abera ETH (Rule 17.1)',
  );

  it('keeps the revised order and no place for the runner disqualified', () => {
    const [final] = races;
    expect(final && resultRows(final)).toEqual([
      ['Jemima Otieno', 1, 241.5],
      ['Isla McTay', 2, 241.93],
      ['Rahel Abera', null, 241.22],
    ]);
  });
});
