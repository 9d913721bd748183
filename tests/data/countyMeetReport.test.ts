/**
 * A local paper's report of a county championships: a meeting named with "and" and "Will" in it
 * ("Will County Track and Field Championships"), a runner who "had already won the girls'
 * 1,600-meter final two hours earlier" and "came back to take the girls' 3,200-meter final", and
 * an Irish-style "on Sunday last for the … Championships" with a crowd there "for once". Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { findRaceMentions } from '../../src/data/findRaceMentions';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const report =
  'Novak, Reyes-Hart rule the 3,200\n\n' +
  "JOLIET — Tomas Novak won the boys' 3,200-meter final at the 2025 Will County Track and Field " +
  'Championships on Saturday, May 10, in 9:12.45.\n\n' +
  "Jefferson junior Luis Ortega was second in 9:14.02.\n\nThe girls' race was just as impressive. " +
  "St. Mary's junior Dana Reyes-Hart, who had already won the girls' 1,600-meter final two hours " +
  "earlier in 4:58.31, came back to take the girls' 3,200-meter final in 10:41.08.\n\n" +
  'Lincoln-Way freshman Chloe Tran was second in 10:49.63.';

describe('a county championships report', () => {
  const races = deriveReport(report);
  const race = (label: string) => races.find((r) => r.name.includes(label));

  it('names the meeting in full, "and" and "Will" included, and dates the race told with its day', () => {
    expect(races.map((r) => r.name)).toEqual([
      "Will County Track and Field Championships 2025 – Men's 3200m final",
      "Will County Track and Field Championships 2025 – Women's 1600m final",
      "Will County Track and Field Championships 2025 – Women's 3200m final",
    ]);
    expect(race("Men's 3200m")?.date?.value).toBe('2025-05-10');
  });

  it('reads a final taken as won, and the final won earlier that day in a relative clause', () => {
    const mile = race("Women's 1600m");
    const twoMile = race("Women's 3200m");
    expect(mile && resultRows(mile)).toEqual([['Dana Reyes-Hart', 1, 298.31]]);
    expect(twoMile && resultRows(twoMile)).toEqual([
      ['Dana Reyes-Hart', 1, 641.08],
      ['Chloe Tran', 2, 649.63],
    ]);
  });

  it('keeps a title won at another meeting, told in a relative clause, out of the race', () => {
    const derived = deriveReport(
      'Mara Bell took the 10,000m title in Paris on Friday in 30:43.25. It was close. Rossi, ' +
        'Italy’s Gina Rossi, who had already won the European title in Rome in June, came past ' +
        'the pack and finished second in 30:43.35.',
    );
    expect(derived.flatMap((r) => resultRows(r))).toEqual([
      ['Mara Bell', 1, 1843.25],
      ['Gina Rossi', 2, 1843.35],
    ]);
  });

  it('reads a meeting one was at "on Sunday last for" as the race in hand, not one to come', () => {
    const sentence =
      'There was a big crowd and, for once, some sunshine at the Tullamore Harriers Stadium on ' +
      'Sunday last for the Offaly County Track and Field Championships.';
    const mentions = findRaceMentions(sentence, 0, sentence.length);
    expect(mentions.map((m) => [m.meetName, m.temporal])).toEqual([
      ['Offaly County Track and Field Championships', null],
    ]);
    // "for once" is this time, not a time before: the races told next are this meeting's.
    const derived = deriveReport(`${sentence} Ciara Doyle won the U18 girls' 1500m in 4:41.36.`);
    expect(derived.map((r) => r.name)).toEqual([
      "Offaly County Track and Field Championships – Women's 1500m",
    ]);
  });
});
