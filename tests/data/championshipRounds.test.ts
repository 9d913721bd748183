/**
 * World Championships 800m rounds told by weekday in a report on the final: heats "taken", a
 * semi-final where the runner "had to settle for second" after being boxed in at the bell, and a
 * finalist who "faded to fifth after leading at the bell". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const report =
  'Mothi takes world 800m gold\n\n' +
  "BEIJING, Sept 17, 2027 – Botswana's Ole Mothi won the men's 800m final at the World Championships " +
  "on Friday in 1:42.66. Kenya's Brian Sang, who had beaten Mothi in the semi-finals, faded to fifth " +
  'after leading at the bell.\n\n' +
  "In Tuesday's first round Mothi won the third of six heats in 1:45.80. Cornelius van der Westhuizen " +
  'had earlier taken the opening heat in 1:45.21.\n\n' +
  "Wednesday's semi-finals proved a sterner test. Drawn in the first of three semi-finals, Mothi was " +
  'boxed in at the bell and had to settle for second in 1:43.98, behind Sang, who won in 1:43.85.';

describe('championship rounds told in a report on the final', () => {
  const races = deriveReport(report);
  const race = (part: string) => races.find((r) => r.name.includes(part));

  it('reads a place that follows a phrase of its own about the bell', () => {
    expect(resultRows(race('800m final')!)).toEqual([
      ['Ole Mothi', 1, 102.66],
      ['Brian Sang', 5, null],
    ]);
  });

  it('reads a heat "taken" earlier as won', () => {
    expect(resultRows(race('heat 1')!)).toEqual([['Cornelius van der Westhuizen', 1, 105.21]]);
  });

  it('reads "had to settle for second" as the place even after a moment at the bell', () => {
    expect(resultRows(race('semi-final')!)).toEqual(
      expect.arrayContaining([
        ['Ole Mothi', 2, 103.98],
        ['Brian Sang', 1, 103.85],
      ]),
    );
  });
});
