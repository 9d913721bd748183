/**
 * A sprint final's report tells its semi-finals in one sentence ("In Saturday's semi-finals X won the
 * first heat in 9.79, Y second behind him in 9.85, while Z took the second semi in 9.82 from W (9.89)")
 * and a past final in a clause followed by "and this is the first …". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Adeyemi edges Kobayashi in the closest world 100m final ever',
  '',
  'By Marcus Delahaye | Sunday, August 21, 2039 | Rome',
  '',
  "Daniel Adeyemi won the men's 100m final at the world championships on Sunday night in 9.781, with Ren Kobayashi second in 9.784.",
  '',
  "In Saturday's semi-finals Kobayashi won the first heat in 9.79, Oneil Gayle second behind him in 9.85, while Adeyemi took the second semi in 9.82 from Jerome Laurent (9.89).",
  '',
  'For Kobayashi there was consolation of a sort: in the Tokyo final two years ago he was fifth in 9.96, and this is the first global sprint medal won by a Japanese man in the individual 100m.',
].join('\n');

describe("a sprint final's semi-finals and a past final", () => {
  const races = deriveReport(REPORT);
  const race = (test: (name: string) => boolean) => races.find((r) => test(r.name));

  it('reads "the first heat" of the semi-finals as the first semi-final, with its day', () => {
    const semi = race((n) => /semi-final 1/.test(n));
    expect(semi && resultRows(semi)).toEqual([
      ['Ren Kobayashi', 1, 9.79],
      ['Oneil Gayle', 2, 9.85],
    ]);
    expect(semi?.date?.value).toBe('2039-08-20');
  });

  it('reads "took the second semi … from W" as its winner and runner-up', () => {
    const semi = race((n) => /semi-final 2/.test(n));
    expect(semi && resultRows(semi)).toEqual([
      ['Daniel Adeyemi', 1, 9.82],
      ['Jerome Laurent', 2, 9.89],
    ]);
  });

  it('keeps the past final told before "and this is the first" out of the final in hand', () => {
    const final = race((n) => /final$/.test(n) && n.includes('2039'));
    expect(final && resultRows(final)).toEqual([
      ['Daniel Adeyemi', 1, 9.781],
      ['Ren Kobayashi', 2, 9.784],
    ]);
    const past = races.find((r) => r.name.includes('2037'));
    expect(past && resultRows(past)).toEqual([['Ren Kobayashi', 5, 9.96]]);
  });
});
