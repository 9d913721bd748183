/**
 * Readings found on a federation's cross-country championships post (held-out set 87): a heading
 * "Senior women (8.1 km, 6 laps)" as that course's race; a club called "Olympic Essenbeek Halle" in
 * brackets as no Olympic Games; "The final fixture is at Croft Moor on 17 March" as a league
 * fixture to come, neither a final nor the race’s day; and, in pieces that tell no race (set 87 and 88),
 * "personal bests of 2:00.41 and 4:07.9" and "at 7:42 on a Tuesday morning" as no race times. Invented
 * runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a federation's cross-country championships post with a course heading and a results table", () => {
  const races = deriveReport(
    [
      'Van Buren takes national cross country title',
      '',
      'Federation news | Posted 24/02/2036',
      '',
      'Hulshout — More than 2,300 athletes started on Sunday 24 February.',
      '',
      'Senior women (8.1 km, 6 laps)',
      '',
      'Jana Van Buren controlled the race from the front. Chloé Haese (Olympic Essenbeek Halle) ran the race of her life to finish second.',
      '',
      'Pos  Bib  Name                     Club                        Time',
      '  1  502  Jana VAN BUREN           Vilvoorde AC                27:55',
      '  2  611  Chloé HAESE              Olympic Essenbeek Halle     28:07',
      '',
      'The final fixture is at Croft Moor on 17 March.',
    ].join('\n'),
  );

  it('reads the heading as the women’s race over 8.1 km, dated by the day told, not by the fixture to come', () => {
    expect(races).toHaveLength(1);
    const [race] = races;
    expect(race?.event?.value).toBe('8.1km');
    expect(race?.sex?.value).toBe('women');
    expect(race?.round).toBeNull();
    expect(race?.date?.value).toBe('2036-02-24');
    expect(race && resultRows(race)).toEqual([
      ['Jana Van Buren', 1, 1675],
      ['Chloé Haese', 2, 1687],
    ]);
  });

  it('names no Olympic Games after a club whose name starts with "Olympic"', () => {
    expect(races.map((r) => r.competition?.value.name ?? null)).not.toContainEqual(
      expect.stringContaining('Olympic'),
    );
  });
});

describe('pieces that tell no race but hold numbers shaped like race times', () => {
  it('reads "personal bests of 2:00.41 and 4:07.9" in a coach’s appointment as no race', () => {
    const races = deriveReport(
      [
        'Club news: Rahel Okonjo appointed head endurance coach',
        '',
        'Rahel Okonjo, 38, is a former 800m and 1500m runner for Sweden with personal bests of 2:00.41 and 4:07.9. She joins the club from 1 February.',
      ].join('\n'),
    );
    expect(races.flatMap(resultRows)).toEqual([]);
  });

  it('reads "at 7:42 on a Tuesday morning" as a time of day, not a race time', () => {
    const races = deriveReport(
      [
        'Too hot to run? Inside the new heat rules reshaping summer road racing',
        '',
        'By Jonas Verhoeven | Features | 4 March 2037',
        '',
        "The email arrived in race directors' inboxes at 7:42 on a Tuesday morning, and by lunchtime Marta Quintanilla had already read it six times.",
      ].join('\n'),
    );
    expect(races.flatMap(resultRows)).toEqual([]);
  });
});
