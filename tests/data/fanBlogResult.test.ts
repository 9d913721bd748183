/**
 * A fan's blog post on an Olympic final: "X is Olympic champion in 29:48.12" and "the Japanese pair"
 * (two runners, not one). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const POST =
  'Posted 2 August 2032\n\n' +
  "I am STILL not over the women's 10,000 metres final at the Brisbane Olympics last night.\n\n" +
  'First, the result, because half of you skim these posts for the numbers: Selam Tadesse is Olympic champion in 29:48.12. ' +
  'Joyce Kiprono got silver in 29:48.90.\n\n' +
  'The first 5k was dull, everyone sitting behind the Japanese pair. Yui Tanabe of Japan, who did a lot of the early leading, ended up sixth.';

describe("a fan's blog post on a final", () => {
  const races = deriveReport(POST);

  it('reads "is Olympic champion in 29:48.12" as the win the post states, with its time', () => {
    expect(races[0]?.results[0]?.place?.basis).toBe('stated');
    expect(races.map(resultRows)).toEqual([
      [
        ['Selam Tadesse', 1, 1788.12],
        ['Joyce Kiprono', 2, 1788.9],
        ['Yui Tanabe', 6, null],
      ],
    ]);
  });

  it('takes "the Japanese pair" for two runners, so no one is made Japanese by it', () => {
    const countries = races[0]?.results.map((r) => [r.athlete, r.country?.value ?? null]);
    expect(countries).toEqual([
      ['Selam Tadesse', null],
      ['Joyce Kiprono', null],
      ['Yui Tanabe', 'JPN'],
    ]);
  });
});
