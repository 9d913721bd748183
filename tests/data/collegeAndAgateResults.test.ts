/**
 * Readings found on held-out set 57: a college results page (an event's heading "Women 1500 Meter
 * Run", a header "Name  Year School  Finals", rows "1 Okonjo, Adaeze  SR Delmont State  4:16.82",
 * heats with "Q" marks), the wires' agate lines ("1, Name, Country, 3:54.8. 2, …", "Men - 1, …"), and a
 * road race's pipe tables headed "OFFICIAL RESULTS – MEN (top 8)". Invented runners, meetings and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const COLLEGE_PAGE = [
  '      2031 Lakeshore Conference Outdoor Championships - 5/9/2031 to 5/10/2031',
  '',
  'Women 1500 Meter Run',
  '=====================================================================',
  '    Name                     Year School                      Finals',
  '=====================================================================',
  '  1 Mbeki, Thandiwe           SR Harwood State              4:18.20',
  '  2 Lindqvist, Maja           JR Calder Tech                4:19.05',
  ' -- Ortega, Paula             SO Harwood State                  DNF',
  '',
  'Men 400 Meter Dash',
  '=====================================================================',
  '    Name                     Year School                     Prelims',
  '=====================================================================',
  '  Heat  1',
  '  1 Owusu, Kwame              JR Calder Tech                  47.12Q',
  '  2 Farrell, Liam             SO Harwood State                47.80q',
  '  Heat  2',
  '  1 Haddad, Sami              SR Brookfield U.                46.95Q',
].join('\n');

describe('a college results page', () => {
  const races = deriveReport(COLLEGE_PAGE);
  const named = (part: string) => races.find((r) => r.name.includes(part));

  it('reads each row by its columns: the place before the name, the name given first, the time', () => {
    const race = named("Women's 1500m");
    expect(race && resultRows(race)).toEqual([
      ['Thandiwe Mbeki', 1, 258.2],
      ['Maja Lindqvist', 2, 259.05],
      ['Paula Ortega', null, null],
    ]);
  });

  it('keeps a row with "--" for its place as a runner who did not finish', () => {
    const row = named("Women's 1500m")?.results.find((x) => x.athlete === 'Paula Ortega');
    expect(row?.place).toBeNull();
    expect(row?.status).toBe('dnf');
  });

  it('reads a time marked as qualifying ("47.12Q") as the time, heat by heat', () => {
    expect(resultRows(named('heat 1')!)).toEqual([
      ['Kwame Owusu', 1, 47.12],
      ['Liam Farrell', 2, 47.8],
    ]);
    expect(resultRows(named('heat 2')!)).toEqual([['Sami Haddad', 1, 46.95]]);
  });

  it('names the championship of the page, not the event\'s "Meter Run" heading', () => {
    expect(races).toHaveLength(3);
    expect(races.map((r) => r.competition?.value.name)).toEqual(
      races.map(() => 'Lakeshore Conference Outdoor Championships 2031'),
    );
  });
});

describe("the wires' agate lines", () => {
  it('reads "1, Name, Country, time." entries with their places and countries', () => {
    const races = deriveReport(
      [
        'WASHINGTON (AP) - Results Saturday of the Riverside Mile (place, name, country, time):',
        '',
        'Men',
        '1, Tesfay Gebru Alemu, Eritrea, 3:55.1. 2, Carl Janssen, Netherlands, 3:55.9. 3, Marco Ruiz Peña, Mexico, 3:57.2.',
      ].join('\n'),
    );
    expect(races.map((r) => r.results.map((x) => [x.athlete, x.place?.value, x.country?.value]))).toEqual([
      [
        ['Tesfay Gebru Alemu', 1, 'ERI'],
        ['Carl Janssen', 2, 'NED'],
        ['Marco Ruiz Peña', 3, 'MEX'],
      ],
    ]);
  });

  it('reads a line headed "Men - 1, …" as the men\'s list, with the places it gives', () => {
    const races = deriveReport(
      [
        'Hale wins the Quayside 10K',
        '',
        'Ben Hale won the Quayside 10K on Sunday in 30:12. Sam Orr was second.',
        '',
        'Men - 1, Ben Hale, Westport, 30:12. 2, Sam Orr, Millbay, 30:40. 3, Dan Pike, Westport, 31:02.',
      ].join('\n'),
    );
    expect(races.map(resultRows)).toEqual([
      [
        ['Ben Hale', 1, 1812],
        ['Sam Orr', 2, 1840],
        ['Dan Pike', 3, 1862],
      ],
    ]);
  });
});

describe('a road race with a pipe table for each sex', () => {
  const races = deriveReport(
    [
      'Records fall at the Dockside 10K',
      '',
      "Kenya's Amos Kiprono Tanui came home alone in 28:02 at the Dockside 10K on Saturday. Ireland's Orla Nic Aoidh led the women's race from the gun and won in 31:20.",
      '',
      "The host club's own Piotr Nowacki finished fourth in 29:40.",
      '',
      'OFFICIAL RESULTS – MEN (top 4)',
      '',
      '| Pos | Name                 | Nat | Finish |',
      '|-----|----------------------|-----|--------|',
      '| 1   | Amos Kiprono Tanui   | KEN | 28:02  |',
      '| 2   | Youssef Benali       | MAR | 28:30  |',
      '| 3   | Gareth Pryce         | GBR | 29:01  |',
      '| 4   | Piotr Nowacki        | POL | 29:40  |',
      '',
      'OFFICIAL RESULTS – WOMEN (top 2)',
      '',
      '| Pos | Name                 | Nat | Finish |',
      '|-----|----------------------|-----|--------|',
      '| 1   | Orla Nic Aoidh       | IRL | 31:20  |',
      '| 2   | Camille Roux         | FRA | 31:58  |',
    ].join('\n'),
  );
  const ofSex = (sex: string) => races.find((r) => r.sex?.value === sex);

  it('reads each table as the race of the sex its heading names', () => {
    expect(ofSex('women') && resultRows(ofSex('women')!)).toEqual([
      ['Orla Nic Aoidh', 1, 1880],
      ['Camille Roux', 2, 1918],
    ]);
  });

  it("keeps a runner told after the women's race in the men's race his table puts him in", () => {
    expect(ofSex('men') && resultRows(ofSex('men')!)).toEqual([
      ['Amos Kiprono Tanui', 1, 1682],
      ['Youssef Benali', 2, 1710],
      ['Gareth Pryce', 3, 1741],
      ['Piotr Nowacki', 4, 1780],
    ]);
  });
});
