/**
 * A local paper's report of a 10-mile road race that tells the men's race, then the women's, named
 * together in one sentence. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const REPORT =
  'Callum Reeve retained his title in the Abbey Ten 10-mile road race, crossing the line on Bridge Street in 50:12.\n\n' +
  'Ravi Sandhu of Trentside Striders was runner-up in 51:03.\n\n' +
  "A field of 380 finished the men's race, with the women's race, which was given its own start this year, " +
  'attracting a record 210 runners.\n\n' +
  'Niamh Carty led from the gun to win it in 57:40. Jess Okafor was runner-up in 58:15.';

describe('a 10-mile road race told men first, then women', () => {
  const races = deriveReport(REPORT);

  it('reads "10-mile" as a race over ten miles, whose times of fifty minutes are plausible', () => {
    expect(races.map((r) => r.event?.value ?? null)).toEqual(['10 miles', '10 miles']);
  });

  it("keeps the race its pronouns call the men's as the men's, and gives the women's race its own results", () => {
    expect(races.map((r) => [r.sex?.value ?? null, resultRows(r)])).toEqual([
      [
        'men',
        [
          ['Callum Reeve', 1, 3012],
          ['Ravi Sandhu', 2, 3063],
        ],
      ],
      [
        'women',
        [
          ['Niamh Carty', 1, 3460],
          ['Jess Okafor', 2, 3495],
        ],
      ],
    ]);
  });
});

describe('a marathon report whose headline names the women\'s race after "as"', () => {
  it("keeps the body on the men's race until the women's race is told", () => {
    const races = deriveReport(
      'RACE REPORT | Lakeside Marathon, 3 October 2027\n\n' +
        "Haile Tesfaye gets his big-city win as Mercy Chelimo runs away with the women's race\n\n" +
        'Haile Tesfaye had been knocking on the door for two years. ' +
        'The 26-year-old Ethiopian broke clear after 38 kilometres to win the Lakeside Marathon in 2:06:12. ' +
        "Kenya's Peter Kiprono was second in 2:06:40.\n\n" +
        "The women's race was over long before the finish. Mercy Chelimo won comfortably in 2:21:08.",
    );
    expect(races.map((r) => [r.sex?.value ?? null, r.date?.value ?? null, resultRows(r)])).toEqual([
      [
        null,
        '2027-10-03',
        [
          ['Haile Tesfaye', 1, 7572],
          ['Peter Kiprono', 2, 7600],
        ],
      ],
      ['women', '2027-10-03', [['Mercy Chelimo', 1, 8468]]],
    ]);
  });
});
