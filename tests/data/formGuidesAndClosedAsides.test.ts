/**
 * Readings found on a meeting preview and a world championships wire of the held-out sets: a start
 * list's "fastest season's best among the entrants, 1:43.96" and a meeting director who "hopes the
 * meeting record of 1:42.51 could fall" are no results; a runner who "arrived with the fastest time in
 * the world this year, 3:27.95" ran it elsewhere; and a semi-final told in an aside after the runner's
 * name ("Whitfield, the fastest qualifier after winning the second semi-final in 3:32.40, never
 * recovered … and finished ninth") is not the race of the place told after it. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a meeting preview with a start list’s marks', () => {
  const races = deriveReport(
    [
      'Doha Diamond League: stacked 800m field confirmed as season opener nears',
      '',
      'By Ravi Menon | 11 May 2033',
      '',
      'Organisers of Friday’s Doha Diamond League have confirmed the field for the men’s 800m.',
      '',
      'Botswana’s Tumelo Sebego, 21, brings a personal best of 1:42.18 and the fastest season’s best among the entrants, 1:43.96.',
      '',
      'The world record of 1:40.91 has stood since 2012, but meeting director Khalid Al-Mansouri hopes the meeting record of 1:42.51 could fall.',
    ].join('\n'),
  );

  it('finds no result in a race still to be run', () => {
    expect(races.flatMap(resultRows)).toEqual([]);
  });
});

describe('a world championships wire with a semi-final told in an aside', () => {
  const races = deriveReport(
    [
      'GOTHENBURG, Aug 24 (Reuters) - Eirik Solberg won the men’s 1,500 metres final at the world championships on Sunday in 3:29.84, as Kenya’s Emmanuel Kiprotich faded to fourth.',
      '',
      'Kiprotich, who arrived in Sweden with the fastest time in the world this year, 3:27.95, said he had paid for trying to run the finish out of his rivals.',
      '',
      'Callum O’Rourke came through for fifth in 3:30.87, a season’s best, while American Jordan Whitfield, the fastest qualifier after winning the second semi-final in 3:32.40, never recovered from being boxed in at the bell and finished ninth.',
    ].join('\n'),
  );
  const rowsOf = (round: RegExp) => races.filter((r) => round.test(r.name)).flatMap(resultRows);
  const FINAL = /(?<!semi-)final$/;

  it('puts the place told after the aside in the final, and the semi-final won in the aside in that semi-final', () => {
    expect(rowsOf(FINAL)).toContainEqual(['Jordan Whitfield', 9, null]);
    expect(rowsOf(/semi-final/)).toEqual([['Jordan Whitfield', 1, 212.4]]);
  });

  it('gives the defending champion no time for the season’s lead he arrived with', () => {
    expect(rowsOf(FINAL)).toContainEqual(['Emmanuel Kiprotich', 4, null]);
  });
});
