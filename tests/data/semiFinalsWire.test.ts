/**
 * A wire report of three semi-finals: the winner of one is named with an apposition that holds a
 * past race ("Reece, the American who beat her at the Diamond League final last season, took the
 * first semifinal in 53.02"), the day is told for the semi-finals together ("The semifinals were
 * run on Sept. 13, with the final set for Wednesday night"), and lists headed "First semifinal:"
 * follow. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const report =
  'Vos and Reece set up hurdles showdown\n\n' +
  "BEIJING (AP) — Mira Vos and Asha Reece breezed through the semifinals of the women's 400-meter " +
  'hurdles at the 2027 world championships on Monday.\n\n' +
  'Vos, the Dutch world-record holder, won the second semifinal in 52.88 seconds. Reece, the ' +
  'American who beat her at the Diamond League final last season, took the first semifinal in ' +
  '53.02.\n\nThe semifinals were run on Sept. 13, with the final set for Wednesday night.\n\n' +
  "The third semifinal was won by Jamaica's Kerry Lattimore.\n\nSemifinal results\n\n" +
  'First semifinal: 1. Asha Reece, United States, 53.02; 2. Camila Souza, Brazil, 53.48.\n\n' +
  'Second semifinal: 1. Mira Vos, Netherlands, 52.88; 2. Chloé Abel, France, 53.40.';

describe('a wire report of three semi-finals', () => {
  const races = deriveReport(report);
  const semi = (n: number) => races.find((r) => r.name.endsWith(`semi-final ${n}`));

  it('reads three semi-finals, each once, all run on the day told for the semi-finals', () => {
    expect(races.filter((r) => r.results.length > 0).map((r) => [r.name, r.date?.value ?? null])).toEqual([
      ["Beijing 2027 World Championships – Women's 400m hurdles semi-final 1", '2027-09-13'],
      ["Beijing 2027 World Championships – Women's 400m hurdles semi-final 2", '2027-09-13'],
      ["Beijing 2027 World Championships – Women's 400m hurdles semi-final 3", '2027-09-13'],
    ]);
  });

  it('gives the first semi-final to the runner whose apposition told a race of last season', () => {
    const first = semi(1);
    expect(first && resultRows(first)).toEqual([
      ['Asha Reece', 1, 53.02],
      ['Camila Souza', 2, 53.48],
    ]);
  });

  it('puts a list headed "Second semifinal:" in the semi-final the prose told', () => {
    const second = semi(2);
    expect(second && resultRows(second)).toEqual([
      ['Mira Vos', 1, 52.88],
      ['Chloé Abel', 2, 53.4],
    ]);
  });
});
