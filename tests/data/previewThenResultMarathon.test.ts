/**
 * A city marathon report written as a preview and then the result: last year's winner named in the
 * preview, "the final eight kilometres" of last year's race, the women's race previewed before the
 * result of the men's, which the report tells with "his". Invented runners, race and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a marathon preview followed by the result', () => {
  const races = deriveReport(
    'Lindenfeld Marathon: Abera second as Okwir breaks clear\n\n' +
      'THE PREVIEW\n\n' +
      'Dawit Abera returns to the Lindenfeld Marathon this weekend. The 27-year-old won last ' +
      "year's edition in 2:05:48, after running side by side with a rival for the final eight kilometres.\n\n" +
      "In the women's race, last year's winner Ruth Chesang is back, and faces a strong challenge " +
      'from Meseret Tola.\n\n' +
      'THE RESULT\n\n' +
      'Sunday, 26 October 2031 - Okwir delivered on his promise, breaking away at 37 kilometres to ' +
      'win in 2:05:12. Patrick Okwir had been a revelation on the roads.\n\n' +
      'Abera had to settle for second in 2:05:40.\n\n' +
      "The women's race went the way of Tola, who ran 2:20:14. Chesang finished second in 2:20:47.",
  );
  const rowsOf = (athlete: string, time: number): (string | number | null)[][] | undefined => {
    const race = races.find((r) => r.results.some((x) => x.athlete === athlete && x.time?.value === time));
    return race && resultRows(race);
  };

  it("keeps the men's result in the men's race after the women's was previewed (\"his promise\")", () => {
    expect(rowsOf('Patrick Okwir', 7512)).toEqual([
      ['Patrick Okwir', 1, 7512],
      ['Dawit Abera', 2, 7540],
    ]);
  });

  it("puts \"won last year's edition in 2:05:48\" in last year's race, with its place and not this year's day", () => {
    expect(rowsOf('Dawit Abera', 7548)).toEqual([['Dawit Abera', 1, 7548]]);
    const past = races.find((r) => r.results.some((x) => x.time?.value === 7548));
    expect(past?.name).toMatch(/2030/);
    expect(past?.date).toBeNull();
  });

  it("reads \"last year's winner … is back\" as this year's women's race, not a past one", () => {
    expect(rowsOf('Meseret Tola', 8414)).toEqual([
      ['Meseret Tola', 1, 8414],
      ['Ruth Chesang', 2, 8447],
    ]);
  });

  it('takes "the final eight kilometres" for no race', () => {
    expect(races.map((r) => r.name).filter((n) => /final/i.test(n))).toEqual([]);
  });
});
