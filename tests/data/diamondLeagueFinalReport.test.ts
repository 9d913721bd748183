/**
 * A broadcaster's report of a Diamond League final that recalls the world final in another city:
 * the meeting is "the Memorial Van Damme", the runner-up is "the American", and the world final (the
 * report names "the world championships" once)
 * is told as "16 days after the final in Beijing, where …". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Lund beats world champion in Brussels\n\n' +
  "Swedish hurdler Elin Lund has turned the heartbreak of the world championships into a Diamond League title, beating newly crowned world champion Grace Whitcombe in the women's 400m hurdles at the Memorial Van Damme in Brussels.\n\n" +
  'The 24-year-old clocked 52.61 seconds on Friday night to win the Diamond League final, with the American second in 52.88.\n\n' +
  'The September 10 meeting doubled as the final of the 2027 Diamond League.\n\n' +
  'It came 16 days after the final in Beijing, where Whitcombe won gold in 52.30 and Lund finished fourth in 53.05.';

describe('a Diamond League final that recalls the world final', () => {
  const races = deriveReport(text);

  it('reads no runner out of the meeting name and gives the runner-up place to the American', () => {
    const brussels = races.find((r) => r.competition?.value.city === 'Brussels');
    expect(brussels && resultRows(brussels)).toEqual([
      ['Elin Lund', 1, 52.61],
      ['Grace Whitcombe', 2, 52.88],
    ]);
  });

  it('puts what "the final in Beijing, where …" tells in the Beijing world final, dated 16 days before', () => {
    const beijing = races.find((r) => r.competition?.value.city === 'Beijing');
    expect(beijing?.competition?.value.kind).toBe('world-championships');
    expect(beijing?.date?.value).toBe('2027-08-25');
    expect(beijing && resultRows(beijing)).toEqual([
      ['Grace Whitcombe', 1, 52.3],
      ['Elin Lund', 4, 53.05],
    ]);
  });
});
