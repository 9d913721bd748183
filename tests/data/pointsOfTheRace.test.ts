/**
 * Road and track reports that tell points of the race in kilometres: "the pacemakers had delivered
 * him to 18 kilometres", "a 61-second lap just past 7 kilometers", "dropped out after 6 kilometers"
 * are moments of the race, not races, so the places and times told after them stay in the race in
 * hand. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('points of a race told in kilometres', () => {
  it('keeps a half marathon one race after "delivered him to 18 kilometres"', () => {
    const races = deriveReport(
      [
        'Tola smashes course record',
        '',
        "COPENHAGEN, Sept 16 (AFP) - Ethiopia's Abdi Tola won the 2035 Copenhagen Half Marathon on Sunday in 57:52 after the pacemakers had delivered him to 18 kilometres on record schedule.",
        '',
        "Kenya's Nicholas Rotich was second in 58:05, while Ugandan Moses Oketch was third in 58:29.",
      ].join('\n'),
    );
    expect(races.map((r) => resultRows(r))).toEqual([
      [
        ['Abdi Tola', 1, 3472],
        ['Nicholas Rotich', 2, 3485],
        ['Moses Oketch', 3, 3509],
      ],
    ]);
  });

  it('keeps a 10,000m final one race after "just past 7 kilometers"', () => {
    const races = deriveReport(
      [
        'Olympic 10,000m',
        '',
        'BRISBANE, Australia (AP) - Berihu Tesfaye won the Olympic 10,000m final at Brisbane 2032 in 27:03.41. A 61-second lap just past 7 kilometers broke the field down to six.',
        '',
        "American Grant Hollis was fourth in 27:09.60, and Japan's Ren Takahashi was seventh. Sindre Aasheim dropped out after 6 kilometers.",
      ].join('\n'),
    );
    expect(races.map((r) => resultRows(r))).toEqual([
      [
        ['Berihu Tesfaye', 1, 1623.41],
        ['Grant Hollis', 4, 1629.6],
        ['Ren Takahashi', 7, null],
        ['Sindre Aasheim', null, null],
      ],
    ]);
  });
});
