/**
 * A broadsheet's half marathon report, dated by its byline line ("Monday 6 October 2025") and
 * "yesterday", that recalls each runner's earlier races: the Great North Run, the Lisbon Half, and a
 * world championships final told in an apposition. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT =
  'Athletics correspondent | Monday 6 October 2025\n\n' +
  'Isla Munro has spent two years being told she was a track runner. In Bristol yesterday, the Team GB athlete made a persuasive case for the roads.\n\n' +
  "The 27-year-old won the women's race at the Bristol Half Marathon in 1:07:20, four seconds ahead of Mercy Wanjiku of Kenya.\n\n" +
  'It was a big improvement on her previous best, set when she finished second at the Great North Run on 7 September in 1:08:01.\n\n' +
  "The men's race was an altogether more emphatic affair. Daniel Kiprop of Kenya, who won the Lisbon Half on 9 March in 59:20, " +
  'ran alone for the last six kilometres to win in 59:38.\n\n' +
  "Team GB's Owen Price, 15th in the 10,000m final at the world championships in Tokyo last month, ran a personal best of 1:00:09 " +
  "to finish runner-up, out-kicking Eritrea's Yonas Tesfay, who was third in 1:00:15.";

describe('a half marathon report that recalls earlier races', () => {
  const races = deriveReport(REPORT);
  const rows = races.map((r) => [r.name, r.date?.value ?? null, resultRows(r)]);

  it('dates the race by "yesterday" from the byline, not by the byline\'s own weekday', () => {
    expect(rows.filter(([name]) => String(name).startsWith('Bristol'))).toEqual([
      [
        "Bristol Half Marathon 2025 – Men's half marathon",
        '2025-10-05',
        [
          ['Daniel Kiprop', 1, 3578],
          ['Owen Price', 2, 3609],
          ['Yonas Tesfay', 3, 3615],
        ],
      ],
      [
        "Bristol Half Marathon 2025 – Women's half marathon",
        '2025-10-05',
        [
          ['Isla Munro', 1, 4040],
          ['Mercy Wanjiku', null, 4044],
        ],
      ],
    ]);
  });

  it('names the Great North Run and the Lisbon Half as races of their own, with their days', () => {
    expect(rows.filter(([name]) => /Great North Run|Lisbon Half/.test(String(name)))).toEqual([
      ["Lisbon Half 2025 – Men's half marathon", '2025-03-09', [['Daniel Kiprop', 1, 3560]]],
      ["Great North Run 2025 – Women's half marathon", '2025-09-07', [['Isla Munro', 2, 4081]]],
    ]);
  });

  it('keeps the place told in an apposition ("15th in the 10,000m final … last month") in that race only', () => {
    const tokyo = races.find((r) => r.name.includes('Tokyo'));
    expect(tokyo && resultRows(tokyo)).toEqual([['Owen Price', 15, null]]);
  });
});

describe('an apposition on a place "over the distance" at another championships', () => {
  it('leaves the win told after it in the race in hand', () => {
    const races = deriveReport(
      "GLASGOW, July 28 (Global Sports Wire) - Uganda's Isaac Kiprop won the men's 10,000 metres at the 2026 Commonwealth Games on Tuesday.\n\n" +
        "The 23-year-old, fourth over the distance at last year's world championships, tracked Kenya's Daniel Rotich before " +
        'sprinting past him at the top of the home straight to win in 27 minutes 31.45 seconds.',
    );
    const games = races.find((r) => r.name.startsWith('Commonwealth Games'));
    expect(games && resultRows(games)).toEqual([['Isaac Kiprop', 1, 1651.45]]);
  });
});
