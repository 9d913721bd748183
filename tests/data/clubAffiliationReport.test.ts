/**
 * A regional paper's road championship report that names runners by their clubs: "The Millbrook
 * Harriers runner" for the winner, "Riverside Avon's Owen Tallis" for the runner he beat, a club in
 * brackets after a name, and the course "around Linden Park". Invented runners, clubs and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a road championship report that names runners by their clubs', () => {
  const races = deriveReport(
    'Monday, October 6, 2031\n\n' +
      'Piri Haumoana has waited five years for a national road title. It came yesterday.\n\n' +
      "The Millbrook Harriers runner pulled clear of Riverside Avon's Owen Tallis over the final two " +
      "kilometres of the men's road 10km championship around Linden Park, crossing the line in 29:02.\n\n" +
      'Tallis had to settle for second in 29:11.\n\n' +
      "In the women's race, Aroha Petane won in 32:40, ahead of Ellen Marsh (Stoke City-University), " +
      'who clocked 32:58.',
  );
  const men = races.find((r) => r.results.some((x) => x.athlete === 'Owen Tallis'));
  const women = races.find((r) => r.results.some((x) => x.athlete === 'Aroha Petane'));

  it('gives the time of "The Millbrook Harriers runner" to the runner the report is about', () => {
    expect(men && resultRows(men)).toEqual([
      ['Piri Haumoana', 1, 1742],
      ['Owen Tallis', 2, 1751],
    ]);
  });

  it('takes no club ("Riverside Avon\'s", "Stoke City-University") and no park for a runner', () => {
    const athletes = races.flatMap((r) => r.results.map((x) => x.athlete));
    expect(athletes).not.toContain('Riverside Avon');
    expect(athletes).not.toContain('Linden Park');
    expect(athletes).not.toContain('Stoke City-University');
    expect(women && resultRows(women)).toEqual([
      ['Aroha Petane', 1, 1960],
      ['Ellen Marsh', null, 1978],
    ]);
  });
});

describe('a college cross-country report', () => {
  it('resolves "The Iowa State junior" to the runner the report turned to', () => {
    const races = deriveReport(
      'TERRE HAUTE - For 9,800 meters on Saturday, Ryan Castell led the NCAA Division I Cross Country Championships.\n\n' +
        'Then Elkanah Kipruto arrived.\n\n' +
        "The Iowa State junior surged past Castell on the last rise and pulled away to win the men's 10-kilometer " +
        'title in 28:41.3. Castell held on to finish runner-up in 28:44.9.',
    );
    const [race] = races;
    expect(race && resultRows(race)).toEqual([
      ['Elkanah Kipruto', 1, 1721.3],
      ['Ryan Castell', 2, 1724.9],
    ]);
  });
});

describe('a conference championships release', () => {
  it('takes a school named after "of" for no runner', () => {
    const races = deriveReport(
      "In Saturday's men's 5000m, Edwin Kiprono edged Tyler Brant of Front Range, 13:52.08 to 13:53.11. " +
        'Owen Fetter of Montana Plains was third.',
    );
    const athletes = races.flatMap((r) => r.results.map((x) => x.athlete));
    expect(athletes).not.toContain('Montana Plains');
    expect(athletes).not.toContain('Front Range');
    expect(races.flatMap(resultRows)).toContainEqual(['Owen Fetter', 3, null]);
  });
});
