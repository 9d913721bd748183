/**
 * Round-ups that tell a final with its earlier round in passing: "blasting to 6.49 in the final
 * after a 6.52 in the heats", "took the men's 100m in 10.09 … had been quicker in Friday's
 * semi-finals, clocking 10.05", and a race "taken" in a time. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('round-ups that tell a final with its earlier round in passing', () => {
  it('keeps the final in hand after "after a 6.52 in the heats", and that time in the heats', () => {
    const races = deriveReport(
      "MEN'S 60M\nAmerican Dale Prewitt blasted to 6.49 in the final after a 6.52 in the heats. " +
        "Poland's Marek Zielny took second in 6.53, while Ghana's Kofi Mensah was third in 6.55.",
    );
    const final = races.find((r) => r.name.includes('final'));
    const heat = races.find((r) => r.name.includes('heat'));
    expect(final && resultRows(final)).toEqual([
      ['Dale Prewitt', 1, 6.49],
      ['Marek Zielny', 2, 6.53],
      ['Kofi Mensah', 3, 6.55],
    ]);
    expect(heat && resultRows(heat)).toEqual([['Dale Prewitt', null, 6.52]]);
  });

  it('reads "took the women\'s 800m in 1:59.48" as a win', () => {
    const [race] = deriveReport(
      "Poland's Nina Zawada took the women's 800m in 1:59.48. She edged out Tara Bligh, who was timed at 1:59.61.",
    );
    expect(race && resultRows(race)[0]).toEqual(['Nina Zawada', 1, 119.48]);
  });

  it('keeps a race told with its winner the final when its semi-finals come up after', () => {
    const races = deriveReport(
      'Kenyan Trials, Nairobi, Saturday June 13, 2026\n\n' +
        "Police sprinter Simon Oduor took the men's 100m in 10.09, edging Caleb Wanyama. " +
        "Oduor had been quicker in Friday's semi-finals, clocking 10.05.\n\n" +
        "Men's 100m: 1. Simon Oduor (Police) 10.09, 2. Caleb Wanyama (KDF) 10.14, 3. Mark Otieno (Prisons) 10.21.",
    );
    const final = races.find((r) => r.results.some((x) => x.time?.value === 10.14));
    expect(final?.name).toMatch(/final/);
    expect(final?.date?.value).toBe('2026-06-13');
  });
});
