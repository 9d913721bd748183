/**
 * A broadcaster's web story on a home sprinter's Olympic bronze: the lead tells the medal without
 * naming the round, the semi-finals come after it ("Earlier on Sunday evening, he won the second
 * semi-final"), the page is stamped "Sports · Posted: Jul 23, 2028 11:48 PM ET", and another runner
 * is "drawn in the same first semi-final as" the winner. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Harcourt sprints to Olympic bronze\n\n' +
  'Northern Sports · Posted: Jul 23, 2028 11:48 PM ET\n\n' +
  "Canada's Devon Harcourt took bronze in the men's 100 metres at the Los Angeles Olympics on Sunday night, clocking 9.86 seconds.\n\n" +
  "American Marcus Oduya won gold in 9.79. Ghana's Kojo Mensah-Bonsu took silver in 9.83.\n\n" +
  'Earlier on Sunday evening, Harcourt won the second semi-final in 9.88 to book a lane for the final. Oduya had won the first semi-final in 9.84.\n\n' +
  'Luc Beaulieu of Montreal, drawn in the same first semi-final as Oduya, finished fifth in 10.04 and did not advance.';

describe("a broadcaster's story on an Olympic medal", () => {
  const races = deriveReport(text);
  const byRound = (round: string, heat: number | null = null) =>
    races.find((r) => r.round?.value === round && (heat === null || r.name.endsWith(`${round} ${heat}`)));

  it('keeps the medal race as the final when the semi-finals are told after it', () => {
    const final = byRound('final');
    expect(final && resultRows(final)).toEqual([
      ['Marcus Oduya', 1, 9.79],
      ['Kojo Mensah-Bonsu', 2, 9.83],
      ['Devon Harcourt', 3, 9.86],
    ]);
  });

  it('puts a runner "drawn in the same first semi-final as" the winner in that semi-final', () => {
    const first = byRound('semi-final', 1);
    expect(first && resultRows(first)).toEqual([
      ['Marcus Oduya', 1, 9.84],
      ['Luc Beaulieu', 5, 10.04],
    ]);
    const second = byRound('semi-final', 2);
    expect(second && resultRows(second)).toEqual([['Devon Harcourt', 1, 9.88]]);
  });

  it('dates the final and the semi-finals by the posted stamp and "Sunday"', () => {
    expect(races.map((r) => r.date?.value ?? null)).toEqual(['2028-07-23', '2028-07-23', '2028-07-23']);
  });
});
