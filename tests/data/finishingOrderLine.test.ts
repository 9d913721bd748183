/**
 * A hurdles report told barrier by barrier that ends on its finishing order in one line of
 * surnames ("Final order: Mensah 47.38, van Dijk 47.61, …"), and whose prose says a runner went
 * "into the fifth" (a hurdle, not a place). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { readResultsLine } from '../../src/data/resultsList';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const report =
  'Mensah survives the carnage in Bergen\n\n' +
  "BERGEN — The men's 400m hurdles at the Bergen Diamond League meeting on Thursday 11 June 2026 " +
  'was won by the man who hit the fewest barriers.\n\n' +
  "Ghana's Kofi Mensah was clean over the first three flights. South African Pieter van Dijk " +
  'clattered the third.\n\n' +
  'Inside them, the home favourite Erlend Moe Strand was flying until he stuttered into the fifth ' +
  "and struck it hard with his lead knee. Italy's Luca Bellini caught the sixth, and Cuba's Ariel " +
  'Pérez rattled the seventh. Spain’s Diego Marín fell at the ninth.\n\n' +
  'Final order: Mensah 47.38, van Dijk 47.61, Bellini 48.05, Moe Strand 48.22, Pérez 48.70, ' +
  'with Marín not finishing.';

describe('a finishing order told in one line of surnames', () => {
  it('reads each entry as the next place with its time, and a runner "not finishing" as unplaced', () => {
    const line = 'Final order: Mensah 47.38, van Dijk 47.61, Moe Strand 48.22, with Marín not finishing.';
    expect(
      readResultsLine(line, 0, line.length).map((e) => [e.name.join(' '), e.place, e.time, e.status]),
    ).toEqual([
      ['Mensah', 1, '47.38', null],
      ['van Dijk', 2, '47.61', null],
      ['Moe Strand', 3, '48.22', null],
      ['Marín', null, null, 'dnf'],
    ]);
  });

  it('does not read a sentence of prose with a colon as an order', () => {
    const line = 'His verdict: Mensah ran 47.38 and deserved it.';
    expect(readResultsLine(line, 0, line.length)).toEqual([]);
  });

  it('gives the surnames to the runners named in full earlier, and the list outranks the prose', () => {
    const races = deriveReport(report);
    expect(races).toHaveLength(1);
    expect(resultRows(races[0]!)).toEqual([
      ['Kofi Mensah', 1, 47.38],
      ['Pieter van Dijk', 2, 47.61],
      ['Luca Bellini', 3, 48.05],
      ['Erlend Moe Strand', 4, 48.22],
      ['Ariel Pérez', 5, 48.7],
      ['Diego Marín', null, null],
    ]);
  });
});
