/**
 * Readings found on held-out set 47: a wire on a one-day meeting whose named mile opens a sentence
 * ("The Dream Mile went to …") and whose last line says where the circuit "moves on to"; a release
 * whose final is one line of entries separated by commas under its own heading, ending with a runner
 * who did not finish; and "winning her first 800m title". Invented runners, meetings and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a meeting report with a named mile', () => {
  const races = deriveReport(
    [
      "BERGEN, June 12 (Reuters) - Norway's Sindre Haugland won the 5,000 metres in 12:55.10 on Thursday at the 2031 Fjordline Games, the sixth stop of the Diamond League season.",
      '',
      "The 26-year-old, second here last year in 13:01.40, pulled away over the last lap. Kenya's Amos Kiptui was second in 12:56.02.",
      '',
      "The Harbour Mile went to American Cole Breckin, who won in 3:49.01. Australia's Tom Wheelan was second in 3:49.30.",
      '',
      "Jamaica's Tanice Brown took the women's 400 metres in 50.02.",
      '',
      'The Diamond League moves on to Rabat on June 22.',
    ].join('\n'),
  );

  it('puts a mile named like a meeting, opening a sentence, in the meeting in hand on its day', () => {
    const mile = races.find((r) => r.name.endsWith('mile'));
    expect(mile?.name).toMatch(/^Fjordline Games 2031/);
    expect(mile?.date?.value).toBe('2031-06-12');
    expect(mile && resultRows(mile)).toEqual([
      ['Cole Breckin', 1, 229.01],
      ['Tom Wheelan', 2, 229.3],
    ]);
  });

  it('does not date a race by the day the circuit "moves on to" its next stop', () => {
    const women = races.find((r) => r.name.endsWith("Women's 400m"));
    expect(women?.date?.value).toBe('2031-06-12');
  });
});

describe('a release with a final listed in one line', () => {
  const races = deriveReport(
    [
      'NORDIC CHAMPIONSHIPS 2033 - DAY 1 RESULTS',
      'Tampere, Finland - Saturday 18 June 2033',
      '',
      "Finland won two titles, with Aino Laakso winning her first 800m title and Eero Salo winning a dramatic men's 1500m.",
      '',
      "WOMEN'S 800m - FINAL",
      '1. Aino Laakso (FIN) 2:01.14',
      '2. Ida Strand (NOR) 2:01.50',
      '',
      "MEN'S 1500m - FINAL",
      '1. Eero Salo (FIN) 3:40.10',
      '2. Nils Berg (SWE) 3:40.50',
      '',
      "WOMEN'S 5000m - FINAL",
      'Maja Lindgren (SWE) 15:31.20, Hanna Vik (NOR) 15:33.87, Sara Holm (DEN) 15:40.02, Lotta Niemi (FIN) DNF',
    ].join('\n'),
  );

  it('numbers the entries of a comma-separated final in their order, leaving the runner who did not finish unplaced', () => {
    const final = races.find((r) => r.name.includes("Women's 5000m"));
    expect(
      final?.results.map((r) => [r.athlete, r.place?.value ?? null, r.time?.value ?? null, r.status]),
    ).toEqual([
      ['Maja Lindgren', 1, 931.2, 'finished'],
      ['Hanna Vik', 2, 933.87, 'finished'],
      ['Sara Holm', 3, 940.02, 'finished'],
      ['Lotta Niemi', null, null, 'dnf'],
    ]);
  });

  it('reads "winning her first 800m title" as a win of the 800m, not a count of her races', () => {
    const eight = races.find((r) => r.name.includes("Women's 800m"));
    expect(eight && resultRows(eight)).toEqual([
      ['Aino Laakso', 1, 121.14],
      ['Ida Strand', 2, 121.5],
    ]);
    const men = races.find((r) => r.name.includes("Men's 1500m"));
    expect(men && resultRows(men)).toEqual([
      ['Eero Salo', 1, 220.1],
      ['Nils Berg', 2, 220.5],
    ]);
  });
});
