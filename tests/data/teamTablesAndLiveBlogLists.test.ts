/**
 * Readings found on a federation's press release and a newest-first marathon live blog of the
 * held-out sets: a team's table whose "Race" column says each row's sex; a dateline's date at the head
 * of a paragraph that states the race's own date later; a homecoming that "is expected at" the airport
 * on a later day; a live blog's "10:19 — Men's podium confirmed:" over its list; a list line with
 * a place and a runner but words for the time; and a club's lines with an age category and places
 * past 100. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a federation’s release with one table for both races', () => {
  const races = deriveReport(
    [
      'PRESS RELEASE - UGANDA ATHLETICS FEDERATION',
      '',
      'Kampala, 1 October 2035 - The federation congratulates Juliet Chekwemboi on winning the women’s half marathon title at the World Athletics Road Running Championships in Kraków, Poland, on Sunday 30 September 2035.',
      '',
      'In the men’s half marathon, Isaac Kibet Chelangat secured the silver medal in 59:12, behind Ethiopia’s Yomif Tadesse Bekele, who won in 58:57.',
      '',
      'The team is expected at Entebbe International Airport on Wednesday 3 October at 14:00, where a reception will be held.',
      '',
      'TEAM UGANDA - INDIVIDUAL RESULTS, HALF MARATHON',
      'Athlete\tRace\tPosition\tTime',
      'Juliet Chekwemboi\tWomen\t1\t1:06:02',
      'Sarah Chelimo Nakato\tWomen\t6\t1:07:20',
      'Isaac Kibet Chelangat\tMen\t2\t59:12',
      'Stephen Chemutai Kiprop\tMen\t9\t1:00:05',
    ].join('\n'),
  );
  it('puts each row in the race of the sex its row names', () => {
    const women = races.filter((r) => r.name.includes('Women')).flatMap(resultRows);
    const men = races.filter((r) => r.name.includes('Men')).flatMap(resultRows);
    expect(women).toEqual([
      ['Juliet Chekwemboi', 1, 3962],
      ['Sarah Chelimo Nakato', 6, 4040],
    ]);
    expect(men).toEqual(
      expect.arrayContaining([
        ['Isaac Kibet Chelangat', 2, 3552],
        ['Stephen Chemutai Kiprop', 9, 3605],
      ]),
    );
  });

  it('dates both races by the day the release states, not by its dateline or the homecoming', () => {
    expect(races.map((r) => r.date?.value)).toEqual(['2035-09-30', '2035-09-30']);
  });
});

describe('a newest-first live blog with the men’s podium under the women’s race', () => {
  const races = deriveReport(
    [
      'Chicago Marathon 2031 – as it happened',
      '',
      'Sunday, October 12, 2031 · Live coverage, latest updates first',
      '',
      '10:51 — Provisional top finishers from the organisers, women’s race:',
      '1. Tsehay Worku (ETH) 2:16:48',
      '2. Brigid Kiplagat (KEN) 2:17:10',
      '3. Imogen Ashcroft-Barnes (GBR) — time still being confirmed after a chip problem',
      '',
      '10:19 — Men’s podium confirmed:',
      '1. Elkanah Rotich (KEN) 2:04:11',
      '2. Abebe Tadesse (ETH) 2:04:19',
    ].join('\n'),
  );
  const rowsOf = (sex: string) => races.filter((r) => r.name.includes(sex)).flatMap(resultRows);
  const others = races.filter((r) => !r.name.includes('Men')).flatMap(resultRows);

  it('reads the women’s third, whose time is not yet known, with her place', () => {
    expect(others).toEqual([
      ['Tsehay Worku', 1, 8208],
      ['Brigid Kiplagat', 2, 8230],
      ['Imogen Ashcroft-Barnes', 3, null],
    ]);
  });

  it('puts the men’s podium in the men’s race', () => {
    expect(rowsOf('Men')).toEqual([
      ['Elkanah Rotich', 1, 7451],
      ['Abebe Tadesse', 2, 7459],
    ]);
  });
});

describe('a club newsletter’s results with age categories and a big field’s places', () => {
  const races = deriveReport(
    [
      'CORK CITY 10K – CLUB RESULTS',
      '',
      'Sunday 4 May 2031. Eleven of us ran the men’s race and three the women’s.',
      '',
      'Men (positions in the men’s field):',
      '14. Ciarán Mac Giolla Phádraig, M40, 33:05',
      '27. Dara Fitzgerald-Lynch, 34:18',
      '112. Jonathan Keane, 41:09',
    ].join('\n'),
  );

  it('reads each line’s place, runner and time past the age category', () => {
    expect(races.flatMap(resultRows)).toEqual([
      ['Ciarán Mac Giolla Phádraig', 14, 1985],
      ['Dara Fitzgerald-Lynch', 27, 2058],
      ['Jonathan Keane', 112, 2469],
    ]);
  });
});
