/**
 * A podcast's newsletter and a "five things we learned" column: a date line of fields set apart by
 * dots, an aside that opens on "Sorry", a 3K and a 5K, and runners named in full only in numbered
 * headings. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a podcast newsletter on a weekend of distance races', () => {
  const races = deriveReport(
    'The Back Straight, Ep. 12: Tomas Verlinde wins the 5K\n\n' +
      'Newsletter · Monday, June 2, 2031 · ~7 min read\n\n' +
      "We could not stop talking about Sunday's 5000m at the Lakeside Classic. " +
      'Harun Bekele had won the 3K on Friday night, running 7:38.21, with Tomas Verlinde second.\n\n' +
      "In Sunday's 5000m, Tomas Verlinde closed in 53.4 and ran 13:05.10 to win, and Harun " +
      'Bekele was a step back in 13:05.60.\n\n' +
      'Thanks to listener Priya for correcting my pronunciation of "Verlinde". Sorry Tomas.',
  );
  const withWinner = (name: string, time: number) =>
    races.find((r) =>
      r.results.some((x) => x.athlete === name && x.place?.value === 1 && x.time?.value === time),
    );

  it('reads "the 3K" as the 3000m, dated the Friday before the newsletter', () => {
    const race = withWinner('Harun Bekele', 458.21);
    expect(race?.event?.value).toBe('3000m');
    expect(race?.date?.value).toBe('2031-05-30');
  });

  it("dates Sunday's race from the date line between the dots", () => {
    const race = withWinner('Tomas Verlinde', 785.1);
    expect(race && resultRows(race)).toEqual([
      ['Tomas Verlinde', 1, 785.1],
      ['Harun Bekele', null, 785.6],
    ]);
    expect(race?.date?.value).toBe('2031-06-01');
  });

  it('takes no runner named "Sorry Tomas"', () => {
    expect(races.flatMap((r) => r.results.map((x) => x.athlete))).not.toContain('Sorry Tomas');
  });
});

describe('a column whose runners are named in full only in its numbered headings', () => {
  const races = deriveReport(
    'Three things we learned at the Harbour Games\n\n' +
      '1. Lachlan Fenwick is no longer a prospect\n\n' +
      "Fenwick went to the front with 300 to go and was never caught, winning the men's mile in 3:47.83. " +
      "Kenya's Edwin Sang was second in 3:48.10.\n\n" +
      "2. Tsion Alemayehu doesn't need any help\n\n" +
      "Alemayehu won the women's 5000m in 14:18.76, with Janet Korir second in 14:19.40.",
  );

  it('gives each race its winner by the full name of the heading', () => {
    const mile = races.find((r) => r.event?.value === 'mile');
    const fiveK = races.find((r) => r.event?.value === '5000m');
    expect(mile && resultRows(mile)).toEqual([
      ['Lachlan Fenwick', 1, 227.83],
      ['Edwin Sang', 2, 228.1],
    ]);
    expect(fiveK && resultRows(fiveK)).toEqual([
      ['Tsion Alemayehu', 1, 858.76],
      ['Janet Korir', 2, 859.4],
    ]);
  });
});

describe("a podcast's show notes released two days after the race", () => {
  it('dates the race by "Sunday\'s" race, not by the "Released …" line', () => {
    const races = deriveReport(
      'THE LONG RUN PODCAST\n\n' +
        'Released Tuesday, October 16, 2035 | 1 hr 04 min | Hosted by two of us\n\n' +
        "We break down everything from Sunday's Lakeshore Marathon, where the men's race came down to a " +
        'sprint.\n\n' +
        "[00:04:15] The men's race. Kenya's Brian Ruto won in 2:04:37.",
    );
    const race = races.find((r) => r.results.some((x) => x.athlete === 'Brian Ruto'));
    expect(race?.date?.value).toBe('2035-10-14');
  });
});

describe('a marathon whose runners-up are told by their gaps', () => {
  it('works out their times from "nine seconds back" and "a further 20 seconds adrift", as worked out', () => {
    const races = deriveReport(
      "The men's race at the Lakeshore Marathon was won by Kenya's Brian Ruto in 2:04:37. Dawit Gebreyes " +
        'finished second, nine seconds back, and Dennis Ndiwa was third, a further 20 seconds adrift.',
    );
    const race = races.find((r) => r.results.some((x) => x.athlete === 'Brian Ruto'));
    expect(race?.results.map((x) => [x.athlete, x.place?.value, x.time?.value, x.time?.basis])).toEqual([
      ['Brian Ruto', 1, 7477, 'stated'],
      ['Dawit Gebreyes', 2, 7486, 'derived'],
      ['Dennis Ndiwa', 3, 7506, 'derived'],
    ]);
  });
});

describe("a blogger's race report with the elite races told after", () => {
  const races = deriveReport(
    'Posted Wednesday 19 September 2029 | Race reports | 14 comments\n\n' +
      'Last Sunday I ran the Copenhagen Half Marathon, my first race abroad.\n\n' +
      'Through 10K in 39:12 I felt fine.\n\n' +
      "The men's race was won by Uganda's Isaac Chemutai in 59:48. The women's race was won by " +
      "Ethiopia's Meseret Ayana in 1:05:31.",
  );

  it('dates the men\'s and women\'s races by "Last Sunday", told of the meeting, not by the post', () => {
    expect(races.map((r) => [r.results[0]?.athlete, r.date?.value])).toEqual([
      ['Isaac Chemutai', '2029-09-16'],
      ['Meseret Ayana', '2029-09-16'],
    ]);
  });

  it('takes no meeting called "Through 10K"', () => {
    expect(races.map((r) => r.name).join(' ')).not.toMatch(/Through/);
  });
});
