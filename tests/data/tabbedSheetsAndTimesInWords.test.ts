/**
 * Readings found on held-out sets 83 to 85 and an older regional report (a road race's
 * tab-separated results, a translated French championships report, a radio commentary of a
 * marathon finish, a world indoor final, a regional paper on national championships): a tab as a
 * table's cell break although normalising makes it a space, "13 sec 11" and times in words, an
 * overseas region's demonym, "and the young X" opening a clause, "the first woman to break 50
 * seconds" as the race's sex, "minutes ago" as today, "won the third at a canter" as heat 3, a title
 * won "by winning" after a past aside, and a coach saying "the win was overdue" as no win of his.
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a road race press release with tab-separated results tables whose country column names the country', () => {
  const races = deriveReport(
    [
      'Vigo Half Marathon 2036: Kiprono and Almeida take the titles',
      '',
      'Published Sunday 9 March 2036',
      '',
      'MEN',
      'Pos\tName\tCountry\tTime',
      '1\tDaniel Kiprono Sang\tKenya\t59:52',
      '2\tMarta Ruiz Oliveira\tSpain\t1:00:31',
      '',
      'WOMEN',
      'Pos\tName\tCountry\tTime',
      '1\tAna Almeida Costa\tPortugal\t1:07:05',
      '2\tHelen Tesfaye\tEthiopia\t1:07:40',
    ].join('\n'),
  );

  it("reads each tab as a cell break, so the country is not taken into the runner's name", () => {
    const rows = races.flatMap((r) => r.results.map((x) => [x.athlete, x.country?.value ?? null]));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Daniel Kiprono Sang', 'KEN'],
        ['Marta Ruiz Oliveira', 'ESP'],
        ['Ana Almeida Costa', 'POR'],
        ['Helen Tesfaye', 'ETH'],
      ]),
    );
    expect(rows).toHaveLength(4);
  });
});

describe('a translated French championships report with times written "13 sec 11"', () => {
  const races = deriveReport(
    [
      '[Translated from the French. Originally published Monday 19 June 2034.]',
      '',
      'NANTES — The Championships of France Elite delivered on Sunday two finals of the hurdles.',
      '',
      'In the 110 metres hurdles, Lucas Ferrand-Diop finally won the title. The Guadeloupean, 25 years, has crossed the line in 13 sec 14.',
      '',
      'In the 100 metres hurdles, Maëlle Roussel has won the title, crossing in 12 sec 66. Jade Mercier took the second place in 12 sec 80, and the young Lou Garnier, 19 years only, completed the podium in third position.',
    ].join('\n'),
  );
  const event = (e: string) => races.find((r) => r.event?.value === e);

  it('reads "13 sec 11" as 13.11 seconds, and "The Guadeloupean" as the French runner just named', () => {
    expect(resultRows(event('110m hurdles')!)).toEqual([['Lucas Ferrand-Diop', 1, 13.14]]);
    expect(event('110m hurdles')!.results[0]?.country?.value).toBe('FRA');
  });

  it('opens a clause at ", and the young Lou Garnier", so the third place is hers', () => {
    expect(resultRows(event('100m hurdles')!)).toEqual([
      ['Maëlle Roussel', 1, 12.66],
      ['Jade Mercier', 2, 12.8],
      ['Lou Garnier', 3, null],
    ]);
  });
});

describe('a radio commentary that tells the women\'s race "finished about twenty minutes ago", with its time in words', () => {
  const races = deriveReport(
    [
      'Eindhoven Marathon: the finish as it happened on Radio Sport Live, Sunday 13 October 2041.',
      '',
      "MT: Pieter Hoogland crosses the line to win the men's race in 2:06:12!",
      '',
      "MT: And a reminder, the women's race finished about twenty minutes ago: Ethiopia's Almaz Gebre won in two hours twenty-one minutes nine seconds, and Belgium's Nele Peeters was second in 2:22:40.",
    ].join('\n'),
  );

  it('keeps the women\'s race in this edition and reads "two hours twenty-one minutes nine seconds"', () => {
    const women = races.find((r) => r.sex?.value === 'women');
    expect(women?.date?.value).toBe('2041-10-13');
    expect(resultRows(women!)).toEqual([
      ['Almaz Gebre', 1, 8469],
      ['Nele Peeters', 2, 8560],
    ]);
  });
});

describe("a world indoor final won by a woman, then the men's final of the same event", () => {
  const races = deriveReport(
    [
      "LIEVIN, March 9, 2036 (AFP) - Kenya's Faith Wambui became the first woman to break 50 seconds in a world indoor final on Sunday, winning the 400 metres in 49.91 at the world indoor championships.",
      '',
      "Wambui finished well clear of Poland's Zofia Nowicka, who took silver in 50.44.",
      '',
      "Also on Sunday, in the men's 400m final, Botswana's Tumelo Kgosi won in 45.10.",
    ].join('\n'),
  );

  it('reads "the first woman" as the sex of the first race, so the men\'s final is a race of its own', () => {
    const women = races.find((r) => r.sex?.value === 'women');
    const men = races.find((r) => r.sex?.value === 'men');
    expect(resultRows(women!)).toEqual([
      ['Faith Wambui', 1, 49.91],
      ['Zofia Nowicka', 2, 50.44],
    ]);
    expect(resultRows(men!)).toEqual([['Tumelo Kgosi', 1, 45.1]]);
  });
});

describe('a regional paper on national championships: heats told by number, a title won after a past aside, a coach', () => {
  const races = deriveReport(
    [
      'NORTHERN ECHO — Monday 4 August 2031 — SPORT',
      '',
      "Leeds City's Ryan Okafor won the men's 800 metres final at the UK Athletics Championships in Birmingham yesterday in 1:46.20.",
      '',
      "He had reached the final comfortably, winning the second of three heats on Friday in 1:49.02. Tom Hale took the first heat in 1:48.70 and Okafor's clubmate Sami Reid won the third at a canter in 1:49.40.",
      '',
      "Half an hour later, Lucy Barraclough made amends for last year's disappointment, when she was fourth in the final here, by winning the women's 1500m title in 4:07.30.",
      '',
      'Her coach, Martin Oldroyd, who has trained athletes at the club for 20 years, said the win was "long overdue".',
    ].join('\n'),
  );

  it('reads "won the third at a canter" as the win of heat 3', () => {
    const heat3 = races.find((r) => r.round?.value === 'heat' && r.name.includes('heat 3'));
    expect(resultRows(heat3!)).toEqual([['Sami Reid', 1, 109.4]]);
  });

  it('gives the title won "by winning" to this year\'s women\'s 1500m, not to a past final', () => {
    const title = races.find((r) => r.event?.value === '1500m' && r.date?.value);
    expect(title?.sex?.value).toBe('women');
    expect(resultRows(title!)).toEqual([['Lucy Barraclough', 1, 247.3]]);
  });

  it('gives no place to a coach who "said the win was long overdue"', () => {
    expect(races.flatMap((r) => r.results.map((x) => x.athlete))).not.toContain('Martin Oldroyd');
  });
});
