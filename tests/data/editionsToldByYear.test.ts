/**
 * A postponement story tells the race's past editions by their years: "The women's race in 2035 went
 * to …", "who won the 2033 edition in 2:07:48", "the 2034 runner-up in 2:11:36". Each is that year's
 * edition of the race in hand, not the race in hand, which is of the report's year; a silver medal
 * "at the 2027 edition" told in an apposition leaves the clause's own win in the race in hand, and a
 * record "set in 2019" names no edition. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const PREVIEW = [
  'CITY SPORTS NEWS',
  'Thursday, 23 October 2036',
  '',
  'Dublin Marathon postponed as storm bears down',
  '',
  "This Sunday's Dublin Marathon has been postponed as a storm bears down.",
  '',
  "The women's race in 2035 went to Kenyan Ruth Jebet Kirui in 2:24:05.",
  '',
  "The men's course record belongs to Eritrea's Yonas Tekle, who won the 2033 edition in 2:07:48.",
  '',
  "Irish interest had centred on Ireland's Cian Lowry, the 2034 runner-up in 2:11:36, who was hoping to go one better.",
].join('\n');

const REPORT = [
  'European Indoor Championships 2029 – Day 3',
  '',
  "Lisbon, 4 March 2029 – Spain's Pablo Arrieta won the men's 800m final.",
  '',
  'The 24-year-old from Vitoria, silver medallist at the 2027 edition of these championships, covered his final lap in under 25 seconds to win in 1:45.12, taking the championship record set in 2019.',
].join('\n');

describe('past editions told by their years', () => {
  const races = deriveReport(PREVIEW);
  const byYear = (year: string) =>
    races
      .filter((r) => r.name.includes(year))
      .flatMap((r) => r.results.map((x) => [x.athlete, x.time?.value]));

  it("gives each runner's time to that year's edition of the race", () => {
    expect(byYear('2035')).toEqual([['Ruth Jebet Kirui', 8645]]);
    expect(byYear('2033')).toEqual([['Yonas Tekle', 7668]]);
    expect(byYear('2034')).toEqual([['Cian Lowry', 7896]]);
  });

  it("leaves the report's own race with none of them", () => {
    expect(byYear('2036')).toEqual([]);
  });
});

describe('a year told in an apposition', () => {
  it("keeps the clause's own win in the race in hand", () => {
    const races = deriveReport(REPORT);
    const final = races.find((r) => r.name.includes("Men's 800m final"));
    expect(final?.name).toContain('2029');
    expect(final && resultRows(final)).toEqual([['Pablo Arrieta', 1, 105.12]]);
  });
});

describe('an edition told by its year in a championship report', () => {
  const races = deriveReport(
    [
      'European Indoor Championships 2039: Castillo wins 3000m gold',
      '',
      'Published 6 March 2039',
      '',
      "Adrián Castillo is European indoor champion in the men's 3000m final, winning in 7:38.42.",
      '',
      'He was referring to the 2037 edition in Birmingham, where he was fourth in 7:46.15.',
      '',
      "Men's 3000m final: 1. Adrián Castillo (ESP) 7:38.42; 2. Théo Marchand (FRA) 7:38.97",
    ].join('\n'),
  );

  it('gives the place and time told after "where" to that edition', () => {
    const past = races.filter((r) => r.name.includes('2037'));
    expect(past.map(resultRows)).toEqual([[['Adrián Castillo', 4, 466.15]]]);
  });

  it("leaves the results list after it to this year's final", () => {
    const final = races.find((r) => r.name.includes('2039') && r.name.includes('3000m final'));
    expect(final && resultRows(final)).toEqual([
      ['Adrián Castillo', 1, 458.42],
      ['Théo Marchand', 2, 458.97],
    ]);
  });
});
