/**
 * A venue named first by its kind in its own language ("the Estádio Nacional", "the Stadio
 * Olimpico", "the Stade Charléty") is no runner, so the place after it stays with the runner the
 * sentence is about. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { collectPeople } from '../../src/data/collectPeople';
import { prepareArticle } from '../../src/data/prepareArticle';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  "Fenne van den Berg won the women's 800m at the 2032 European Athletics Championships in 1:57.42.",
  '',
  'Home favourite Beatriz Lourenza, roared on by a near-capacity crowd at the Estádio Nacional, was fifth in 1:58.77.',
  '',
  'She had been third at the Stadio Olimpico in June and won at the Stade Charléty in May.',
].join('\n');

describe('venues named in their own language', () => {
  it('are not taken for people', () => {
    const people = collectPeople([prepareArticle({ name: 'report.txt', text: REPORT })]);
    const names = [...people.byId.values()].map((p) => p.name);
    expect(names.filter((n) => /Estádio|Stadio|Stade/.test(n))).toEqual([]);
  });

  it('leave the place with the runner the sentence is about', () => {
    const final = deriveReport(REPORT).find((r) => r.name.includes('800m'));
    expect(final && resultRows(final)).toEqual([
      ['Fenne van den Berg', 1, 117.42],
      ['Beatriz Lourenza', 5, 118.77],
    ]);
  });
});
