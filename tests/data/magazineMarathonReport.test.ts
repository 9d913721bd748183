/**
 * A running magazine's report of a city marathon: the winner named in the main clause after a
 * "while" clause about his rival, a past win "last October" told in passing, "a 3:05 kilometre"
 * that is a split and not a race, an earlier edition recalled ("a year ago"), and results lists of
 * one runner a line with no place numbers under "Men — top five, in order of finish:". Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const text =
  'Abera and Chelimo Rule in Lowmere\n\n' +
  'By Staff Writer | Race Reports\n\n' +
  "Lowmere remains the fastest marathon course around, and Sunday's edition proved it.\n\n" +
  "The men's race: Abera waits\n\n" +
  "While Kenyan Peter Rono pushed the pace after the pacemakers dropped out at 30K, Ethiopia's Dawit Abera sat on his shoulder. " +
  'At 39K he finally struck, crossing the line in 2:04:10.\n\n' +
  'Rono held on for second in 2:04:30.\n\n' +
  'Abera arrived in form after winning the Velden Half Marathon last October in 58:50. ' +
  "Japan's Kenji Sato was fourth in a national record.\n\n" +
  "The women's race: Chelimo breaks free\n\n" +
  "At 32K Kenya's Ruth Chelimo threw in a 3:05 kilometre that nobody could answer. " +
  '"It hurt," said Chelimo, whose build-up a year ago had been wrecked by injury.\n\n' +
  'Results\n\n' +
  'Men — top five, in order of finish:\n' +
  'Dawit Abera (Ethiopia) 2:04:10\n' +
  'Peter Rono (Kenya) 2:04:30\n' +
  'Amos Kiptoo (Kenya) 2:05:02\n' +
  'Kenji Sato (Japan) 2:06:40\n\n' +
  'Women — top five, in order of finish:\n' +
  'Ruth Chelimo (Kenya) 2:18:05\n' +
  'Hiwot Tesfaye (Ethiopia) 2:18:40\n' +
  'Anna Berg (Sweden) 2:20:12\n';

describe("a running magazine's city marathon report", () => {
  const races = deriveReport(text);
  const marathons = races.filter((r) => r.event?.value === 'marathon');

  it('numbers results lines that carry no place when their heading says they are in order of finish', () => {
    const men = marathons.find((r) => r.sex?.value === 'men');
    expect(men && resultRows(men)).toEqual([
      ['Dawit Abera', 1, 7450],
      ['Peter Rono', 2, 7470],
      ['Amos Kiptoo', 3, 7502],
      ['Kenji Sato', 4, 7600],
    ]);
  });

  it('puts the women’s list in the women’s race told above, not in an earlier edition', () => {
    const women = marathons.filter((r) => r.sex?.value === 'women');
    expect(women.map(resultRows)).toEqual([
      [
        ['Ruth Chelimo', 1, 8285],
        ['Hiwot Tesfaye', 2, 8320],
        ['Anna Berg', 3, 8412],
      ],
    ]);
  });

  it('keeps a win "last October" in a race of its own without moving the race in hand', () => {
    const half = races.find((r) => r.name.includes('Velden'));
    expect(half && resultRows(half)).toEqual([['Dawit Abera', 1, 3530]]);
  });

  it('reads no race from a split such as "a 3:05 kilometre"', () => {
    expect(races.map((r) => r.event?.value).sort()).toEqual(['half marathon', 'marathon', 'marathon']);
  });
});

describe('a "while" clause before the subject', () => {
  it('leaves the main clause’s runner as the one "he" means next', () => {
    const [race] = deriveReport(
      'Rono and Abera in Lowmere\n\n' +
        "While Kenyan Peter Rono pushed the pace in the Lowmere marathon, Ethiopia's Dawit Abera sat on his shoulder. " +
        'At 39K he finally struck, crossing the line in 2:04:10 to win.',
    );
    expect(race && resultRows(race)).toEqual([['Dawit Abera', 1, 7450]]);
  });
});

describe('a headed results line of entries without places', () => {
  const line =
    "Women's 200m final (wind -0.3): Asha Reid (MVP) 22.08, Dana Fox (G.C. Foster) 22.31, Tia Bell (Racers) 22.36.";

  it('numbers the entries in order when a heading above says they are in order of finish', () => {
    const [race] = deriveReport(`Reid wins\n\nRESULTS (in order of finish)\n\n${line}`);
    expect(race && resultRows(race)).toEqual([
      ['Asha Reid', 1, 22.08],
      ['Dana Fox', 2, 22.31],
      ['Tia Bell', 3, 22.36],
    ]);
  });

  it('gives times only when nothing says the entries are a finishing order', () => {
    const [race] = deriveReport(`Reid wins\n\nA note on the wind readings.\n\n${line}`);
    expect(race && resultRows(race)).toEqual([
      ['Asha Reid', null, 22.08],
      ['Dana Fox', null, 22.31],
      ['Tia Bell', null, 22.36],
    ]);
  });
});
