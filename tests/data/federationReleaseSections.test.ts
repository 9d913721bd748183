/**
 * A federation's press release on a two-day national championships, and a club newsletter: "For
 * immediate release: Sunday 27 July 2031" dates the release, while a line that tells the meeting's
 * days ("… Santry — Saturday 26 and Sunday 27 July 2031") dates no report; a section headed
 * "Saturday's programme" holds the races of that day; and "Entries close on 30 March" is no race's
 * day. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a press release with a section of the first day's races", () => {
  const races = deriveReport(
    [
      'ATHLETICS IRELAND — PRESS RELEASE',
      'For immediate release: Sunday 27 July 2031',
      '',
      'D’Arcy sets championship best as national titles decided in Santry',
      '',
      'National Senior Championships, Morton Stadium, Santry, Dublin — Saturday 26 and Sunday 27 July 2031',
      '',
      "Róisín D'Arcy (Leevale AC) produced the standout performance of the National Senior Championships at Morton Stadium this afternoon, winning the women's 800m final in 2:01.45.",
      '',
      "Aoife Nic Gearailt (Tralee Harriers) won the women's 100m final in 11.38.",
      '',
      "Saturday's programme",
      '',
      "On the opening day, Niamh Ní Bhriain (Raheny Shamrock AC) won the women's 5000m final in 15:48.02.",
      '',
      "Eoin Fitzgerald (Ennis Track AC) took the men's 400m hurdles final in 50.12.",
    ].join('\n'),
  );
  const dateOf = (event: string) => races.find((r) => r.event?.value === event)?.date?.value;

  it('dates the races told "this afternoon" by the release', () => {
    expect(dateOf('800m')).toBe('2031-07-27');
    expect(dateOf('100m')).toBe('2031-07-27');
  });

  it('dates each race under "Saturday\'s programme" on the meeting\'s Saturday', () => {
    expect(dateOf('5000m')).toBe('2031-07-26');
    expect(dateOf('400m hurdles')).toBe('2031-07-26');
    const hurdles = races.find((r) => r.event?.value === '400m hurdles');
    expect(hurdles && resultRows(hurdles)).toEqual([['Eoin Fitzgerald', 1, 50.12]]);
  });
});

describe("a club newsletter's notices", () => {
  it('reads "Entries close on 30 March" as a deadline, not the day of a race', () => {
    const races = deriveReport(
      [
        'HARBOURSIDE STRIDERS — CLUB NEWSLETTER, MARCH 2036',
        '',
        'RACE REPORT: Dunmore Bay 10K, Sunday 9 March 2036',
        '',
        'At the front, Kenyan guest Dominic Lagat won in 29:18.',
        '',
        'Women',
        '1. Priya Raghunathan (Bayside AC) 33:41',
        '2. Siobhan Kearney (Harbourside Striders, F40) 34:09',
        '',
        'Team prizes: women’s team, Bayside AC.',
        '',
        'Next club championship race: the Hillhead Hilly 5 on 6 April. Entries close on 30 March — sign up via the club website.',
      ].join('\n'),
    );
    const women = races.find((r) => r.results.some((x) => x.athlete === 'Priya Raghunathan'));
    expect(women?.date?.value).toBe('2036-03-09');
  });
});
