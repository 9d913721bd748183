/**
 * A local paper on a school sports day: the boys' and girls' 80m (a distance run by children, not
 * by seniors) are races of their own, apart from the mixed 600m that follows. Invented pupils and
 * times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT = [
  'Sun shines on Ashcombe sports day',
  '',
  'The Wessex Gazette, Wednesday 11 July 2035',
  '',
  "The highlight of Ashcombe Primary School's sports day on Friday 6 July was a record from Theo Marsh.",
  '',
  "Theo Marsh won the Year 6 boys' 80m in 11.9 seconds. Oscar Hendy was second.",
  '',
  "The Year 6 girls' 80m was just as close. Isla Penrose took the win in 12.4 seconds, with Amara Reid second.",
  '',
  'In the Year 5 600m, Freya Carne led from start to finish to win in 2 minutes 8 seconds. Jack Polglase was second.',
].join('\n');

describe("a school sports day's short sprints", () => {
  const races = deriveReport(REPORT);

  it("keeps the boys' 80m, the girls' 80m and the 600m apart, each on the day", () => {
    const byWinner = (name: string) => races.find((r) => r.results[0]?.athlete === name);
    expect(
      ['Theo Marsh', 'Isla Penrose', 'Freya Carne']
        .map(byWinner)
        .map((r) => r && [r.event?.value, r.date?.value, resultRows(r)]),
    ).toEqual([
      [
        '80m',
        '2035-07-06',
        [
          ['Theo Marsh', 1, 11.9],
          ['Oscar Hendy', 2, null],
        ],
      ],
      [
        '80m',
        '2035-07-06',
        [
          ['Isla Penrose', 1, 12.4],
          ['Amara Reid', 2, null],
        ],
      ],
      [
        '600m',
        '2035-07-06',
        [
          ['Freya Carne', 1, 128],
          ['Jack Polglase', 2, null],
        ],
      ],
    ]);
  });
});
