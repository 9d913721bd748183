/**
 * An indoor meeting report: its first sentence names a future championship before the race it
 * reports, the day of the race is told in that sentence, and reaction times are written like race
 * times. Invented runners, meeting and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Okafor fastest in Lahti\n\nSunday 15 February 2026\n\n' +
  "LAHTI – Britain's Daniel Okafor showed he means to contend at next month's World Indoor Championships " +
  'with a 60m victory at the Lahti Indoor Classic on Saturday night.\n\n' +
  'Reacting in 0.131, he was level at 20 metres and stopped the clock at 6.53. ' +
  "Italy's Marco Bellini, whose 0.118 reaction got him out first, was second in 6.56. " +
  "Sweden's Nils Berg was slowest to react at 0.152 but finished third in 6.60.";

describe('an indoor meeting report', () => {
  it('reads the race and its day told after a future championship in the same sentence', () => {
    const races = deriveReport(text);
    expect(races.map((r) => [r.name, r.event?.value ?? null, r.date?.value ?? null])).toEqual([
      [expect.stringMatching(/Lahti Indoor Classic/), '60m', '2026-02-14'],
    ]);
  });

  it('reads no reaction time as a race time', () => {
    const [race] = deriveReport(text);
    expect(race && resultRows(race)).toEqual([
      ['Daniel Okafor', 1, 6.53],
      ['Marco Bellini', 2, 6.56],
      ['Nils Berg', 3, 6.6],
    ]);
  });
});

describe('an indoor meeting with heats, a false start and a second race of the same event', () => {
  const meeting =
    'Okafor wins in Lahti\n\nSunday 15 February 2026\n\n' +
    "LAHTI – Britain's Daniel Okafor won the 60m final at the Lahti Indoor Classic on Saturday night.\n\n" +
    'American Jay Whitlock, who had clocked 6.54 in the heats earlier in the evening, was disqualified ' +
    'for a false start. Okafor stopped the clock at 6.53 and he was clear of Italy’s Marco Bellini, ' +
    'second in 6.56.\n\n' +
    "The women's 60m was decided by a whisker. Lotte Veen of the Netherlands won in 7.09 and Poland's " +
    'Ola Sobek was second in 7.12.\n\n' +
    'In the 3000m, Erik Brekk of Norway sat behind the pacemaker until 2000m, then let Ethiopia’s Hailu ' +
    'Tesfa do the work before sprinting past him on the final bend to win in 7:38.42. Tesfa was second ' +
    'in 7:38.97.';

  it('keeps a heat told before the final’s sex was known out of the women’s race named later', () => {
    const races = deriveReport(meeting);
    const women = races.find((r) => r.name.includes("Women's 60m"));
    expect(women && resultRows(women)).toEqual([
      ['Lotte Veen', 1, 7.09],
      ['Ola Sobek', 2, 7.12],
    ]);
    const heat = races.find((r) => r.results.some((x) => x.athlete === 'Jay Whitlock' && x.time));
    expect(heat?.name).toMatch(/Men's 60m heat/);
  });

  it('gives the win to the subject who let a rival do the work, not to the rival', () => {
    const race = deriveReport(meeting).find((r) => r.name.includes('3000m'));
    expect(race && resultRows(race)).toEqual([
      ['Erik Brekk', 1, 458.42],
      ['Hailu Tesfa', 2, 458.97],
    ]);
  });
});
