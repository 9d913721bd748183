/**
 * A hometown paper's report on a national title: the winner is the subject of "The 2025
 * Centerville High graduate won …", and her mother, who shares her surname, is quoted before the
 * surname alone comes back to the athlete. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const report =
  'Centerville’s Adaeze-Brooks sprints to national 200m title\n\n' +
  'EUGENE, Ore. — Nia Adaeze-Brooks has been the fastest girl in Centerville since she was 12.\n\n' +
  "The 2025 Centerville High graduate won the women's 200m final at the USATF Outdoor " +
  'Championships in 21.94 seconds, holding off Jasmine Talbot, who was second in 22.05.\n\n' +
  'Adaeze-Brooks, 24, becomes the first athlete from the area to win a senior title. ' +
  'Adaeze-Brooks thanked her coach.\n\n' +
  '"We almost missed it," Grace Adaeze-Brooks, her mother, said with a laugh.\n\n' +
  'Adaeze-Brooks was less successful in the 100 meters earlier in the week, finishing sixth in ' +
  'the final.';

describe('a hometown report on a national title', () => {
  const races = deriveReport(report);
  const race = (event: string) => races.find((r) => r.name.includes(event));

  it('reads "The 2025 Centerville High graduate" as the runner named before', () => {
    const final = race('200m');
    expect(final && resultRows(final)).toEqual([
      ['Nia Adaeze-Brooks', 1, 21.94],
      ['Jasmine Talbot', 2, 22.05],
    ]);
  });

  it('gives the shared surname to the runner the report is about, not to the mother quoted last', () => {
    const hundred = race('100m');
    expect(hundred && resultRows(hundred)).toEqual([['Nia Adaeze-Brooks', 6, null]]);
  });
});
