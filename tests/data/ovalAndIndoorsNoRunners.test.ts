/**
 * A student blog: "Blue Oval, packed stands" names the track, and "At NCAA Indoors last month" a
 * championships, so neither is a runner who takes the time or the place told next to it. Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { collectPeople } from '../../src/data/collectPeople';
import { prepareArticle } from '../../src/data/prepareArticle';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  "On Friday, April 23, our very own Hana Vogt won the women's 1500m at the Drake Relays. Blue Oval, packed stands, and she ran the smartest race I've ever seen. She crossed in 4:12.66, a new school record.",
  '',
  'At NCAA Indoors last month she finished seventh in the mile.',
].join('\n');

describe('a track and a championships named like people', () => {
  it('are not taken for runners', () => {
    const people = collectPeople([prepareArticle({ name: 'report.txt', text: REPORT })]);
    expect([...people.byId.values()].map((p) => p.name)).toEqual(['Hana Vogt']);
  });

  it('leave the time with the runner who ran it', () => {
    const race = deriveReport(REPORT).find((r) => r.name.includes('1500m'));
    expect(race && resultRows(race)).toEqual([['Hana Vogt', 1, 252.66]]);
  });
});
