/**
 * A student blog: "Blue Oval, packed stands" names the track, and "At NCAA Indoors last month" a
 * championships, so neither is a runner who takes the time or the place told next to it. Invented
 * runners and times. "the Elgeyo Marakwet athlete" names a home region, not a runner.
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

describe('a home region before a role', () => {
  it('is where the runner is from, not a runner', () => {
    const text =
      'The gold is a big step up for the Elgeyo Marakwet athlete, who finished sixth in the 5,000m final at the World Championships in Tokyo last September.';
    const people = collectPeople([prepareArticle({ name: 'report.txt', text })]);
    expect([...people.byId.values()].map((p) => p.name)).toEqual([]);
  });
});
