/**
 * A local paper's round-up: a capitalised lede ("KENDAL'S Abbie Thwaite"), a runner's old school
 * and club named before runners ("Kirkbie Kendal School", "Helm Hill Runners'"), and a local race
 * whose name holds "and" ("won Saturday's Kendal and Lakes Half Marathon in 1:09:48, more than 40
 * seconds clear of Sam Birkett"). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { findNameRuns } from '../../src/data/findNameRuns';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a local paper's round-up", () => {
  it('reads the town of a capitalised lede’s possessive apart from the runner', () => {
    const text = "KENDAL'S Abbie Thwaite says she is hungry for more.";
    expect(findNameRuns(text, 0, text.length).map((r) => r.words)).toEqual([
      ['Kendal'],
      ['Abbie', 'Thwaite'],
    ]);
  });

  const races = deriveReport(
    'Round-up\n\n' +
      'The former Kirkbie Kendal School pupil ran a personal best.\n\n' +
      "Closer to home, Kendal AC's Josh Hebblethwaite won Saturday's Kendal and Lakes Half Marathon in 1:09:48, " +
      'more than 40 seconds clear of Sam Birkett of Ambleside AC, who finished second in 1:10:31.\n\n' +
      "Helm Hill Runners' Rachel Dobson was the first woman home in 1:21:15.",
  );
  const [race] = races;

  it('names the local race without the day it was run', () => {
    expect(race?.name).toContain('Kendal and Lakes Half Marathon');
    expect(race?.name).not.toContain('Saturday');
  });

  it('gives the winner the time told after a race name holding "and", not the runner he was clear of', () => {
    expect(race && resultRows(race).slice(0, 2)).toEqual([
      ['Josh Hebblethwaite', 1, 4188],
      ['Sam Birkett', 2, 4231],
    ]);
  });

  it('takes no club or school for a runner', () => {
    const athletes = races.flatMap((r) => r.results.map((x) => x.athlete));
    expect(athletes).toContain('Rachel Dobson');
    expect(athletes).not.toContain('Helm Hill');
    expect(athletes).not.toContain('Kirkbie Kendal');
  });
});
