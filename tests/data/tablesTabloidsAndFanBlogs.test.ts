/**
 * Readings found on held-out sets 77 to 79 (a translated report whose standfirst tells places by
 * epithets, a fixed-width cross-country results sheet with lap columns, a tabloid's world indoor final
 * and a college fan blog): "dominated the men's final" as a win, a demonym for the runner the last
 * sentence brought in over one an epithet only guessed, "took bronze … and the local athlete, the
 * Ecuadorian X, was fourth", "Lap 1" columns in a table's header, a "SENIOR WOMEN  --  8km (2 laps)"
 * heading, "to become world indoor 1500m champion", a tabloid's shouted word before a name, a
 * scoreboard's "Surname time" lines, "Second in the final was X", "the 200 final", a heading of a
 * bare event's rounds, "in the prelims", and "The freshman from Kenya, X, … and our guy Y …".
 * Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a translated report whose standfirst tells places by epithets before the runners are named', () => {
  const races = deriveReport(
    [
      'Mejía too strong for Salcedo as Ortega flies in Quito',
      '',
      'The Andalusian hurdler takes gold at the South American Games',
      '',
      "QUITO, 12 August 2035. — Tomás Ortega Ruiz dominated the men's 400m hurdles final from the eighth hurdle onwards and stopped the clock at 49.02. The Brazilian Thiago Nunes Souza took bronze in 49.60.",
      '',
      "The shadow fell on Marta Salcedo Prieto. The Sevilla athlete ran a fine race, but met a Camila Mejía Torres in a state of grace. The Peruvian, 22, won the women's 400m hurdles final in 55.01. The Chilean Isidora Fuentes Araya took bronze in 56.20 and the local athlete, the Ecuadorian Nayeli Chalá Ortiz, was fourth.",
    ].join('\n'),
  );
  const race = (sex: string) => races.find((r) => r.sex?.value === sex);
  const row = (sex: string, name: string) => race(sex)?.results.find((x) => x.athlete === name);

  it('reads "dominated the men\'s final" as a win', () => {
    expect(row('men', 'Tomás Ortega Ruiz')?.place?.value).toBe(1);
  });

  it('gives a demonym to the runner the last sentence brought in, over one an epithet only guessed', () => {
    expect(row('women', 'Camila Mejía Torres')?.place?.value).toBe(1);
    expect(row('women', 'Camila Mejía Torres')?.time?.value).toBe(55.01);
    expect(row('women', 'Marta Salcedo Prieto')?.place?.value).not.toBe(1);
  });

  it('keeps "took bronze … and the local athlete, the Ecuadorian X, was fourth" as two places', () => {
    expect(resultRows(race('women')!).filter(([, p]) => p === 3 || p === 4)).toEqual([
      ['Isidora Fuentes Araya', 3, 56.2],
      ['Nayeli Chalá Ortiz', 4, null],
    ]);
  });
});

describe('a fixed-width cross-country results sheet with lap columns', () => {
  const races = deriveReport(
    [
      'MIDLAND COUNTIES CROSS COUNTRY CHAMPIONSHIPS 2032',
      'Bradgate Park  --  Saturday 21 February 2032',
      '',
      'SENIOR WOMEN  --  8km (2 laps)',
      '',
      'Pos  Bib  Name                      Club                       Lap 1    Finish',
      '---  ---  ------------------------  -------------------------  -------  -------',
      '  1  212  Imogen Fairclough         Charnwood AC               14:10    28:01',
      '  2  277  Priya Raman-Hughes        Notts AC                   14:12    28:19',
      'DNF  221  Beth Arkwright            Derby AC                   14:50      --',
      '',
      'SENIOR MEN  --  12km (3 laps)',
      '',
      'Pos  Bib  Name                      Club                       Lap 1    Lap 2    Finish',
      '---  ---  ------------------------  -------------------------  -------  -------  -------',
      '  1  102  Owen Castleford           Tipton Harriers            12:20    24:45    37:02',
      '  2  117  Kieran Mbeki-Shaw         Birchfield Harriers        12:21    24:48    37:15',
    ].join('\n'),
  );

  it('reads each table by its header, lap columns and all, under its sex and course', () => {
    const women = races.find((r) => r.sex?.value === 'women');
    const men = races.find((r) => r.sex?.value === 'men');
    expect(women?.event?.value).toBe('8km');
    expect(men?.event?.value).toBe('12km');
    expect(resultRows(women!)).toEqual([
      ['Imogen Fairclough', 1, 1681],
      ['Priya Raman-Hughes', 2, 1699],
    ]);
    expect(resultRows(men!)).toEqual([
      ['Owen Castleford', 1, 2222],
      ['Kieran Mbeki-Shaw', 2, 2235],
    ]);
  });
});

describe("a tabloid's report of a world indoor final", () => {
  const text = [
    "GOLDEN GIRL! Ellie's world title dream comes true",
    '',
    'SUPERMUM Ellie Fenwick-Doyle ran the race of her life last night to become world indoor 1500m champion.',
    '',
    'The 27-year-old Brit stormed past the field on the last lap to win in 4:02.31.',
    '',
    'American Macy Lindgren grabbed bronze in 4:03.10.',
  ].join('\n');

  it('names the race "to become world indoor 1500m champion" tells of', () => {
    const race = deriveReport(text).find((r) => r.event?.value === '1500m');
    expect(race?.results[0]?.place?.value).toBe(1);
    expect(race?.results[0]?.time?.value).toBe(242.31);
  });

  it("leaves the tabloid's shouted word out of the runner's name", () => {
    const names = deriveDataset([{ name: 'report.txt', text }]).athletes.map((a) => a.name);
    expect(names).toContain('Ellie Fenwick-Doyle');
    expect(names).not.toContain('Supermum Ellie Fenwick-Doyle');
  });

  it('keeps a family name in capitals before two given names and a code', () => {
    const names = deriveDataset([
      {
        name: 'report.txt',
        text: 'Asian Race Walking Championships 2031\n\nA long way back, TRAN Thi Lan (VIE) took bronze in 1:31:40.',
      },
    ]).athletes.map((a) => a.name);
    expect(names).toContain('Tran Thi Lan');
  });
});

describe("a college fan blog's weekend at a conference meet", () => {
  const races = deriveReport(
    [
      'Nachos and a photo finish: my weekend at Lakeshore Indoors',
      '',
      'Posted Monday, February 18, 2030',
      '',
      'FRIDAY NIGHT: THE MILE',
      '',
      "Our own Greta Sandoval-Reyes sat on Kaylee Brandauer for ten laps in the women's mile and they hit the line together. The scoreboard went blank, then finally:",
      '',
      'Brandauer 4:38.02',
      'Sandoval-Reyes 4:38.09',
      '',
      'SATURDAY: 200 PRELIMS AND FINAL',
      '',
      'Marcus Delacroix-Hall ran 21.14 in the prelims. Then in the final he went 20.95. Second in the final was Theo Okafor-Lind in 21.06.',
      '',
      "SATURDAY: MEN'S 3000",
      '',
      'Ruben Echeverría-Vance just took off and won in 8:04.12. The freshman from Kenya, Collins Wafula, was second, and our guy Petter Lindqvist-Moe hung on for third.',
    ].join('\n'),
  );
  const race = (event: string, round: string | null) =>
    races.find((r) => r.event?.value === event && (r.round?.value ?? null) === round);

  it("reads a scoreboard's lines of a surname and a time as the runners' times", () => {
    expect(resultRows(race('mile', null)!)).toEqual([
      ['Kaylee Brandauer', null, 278.02],
      ['Greta Sandoval-Reyes', null, 278.09],
    ]);
  });

  it('reads a heading of a bare event\'s rounds, "the prelims" and "Second in the final was X"', () => {
    expect(resultRows(race('200m', 'heat')!)).toEqual([['Marcus Delacroix-Hall', null, 21.14]]);
    expect(resultRows(race('200m', 'final')!)).toEqual([
      ['Marcus Delacroix-Hall', 1, 20.95],
      ['Theo Okafor-Lind', 2, 21.06],
    ]);
  });

  it('gives "The freshman from Kenya, X, was second, and our guy Y … third" to X and Y', () => {
    expect(resultRows(race('3000m', null)!)).toEqual([
      ['Ruben Echeverría-Vance', 1, 484.12],
      ['Collins Wafula', 2, null],
      ['Petter Lindqvist-Moe', 3, null],
    ]);
  });

  it('reads "the 200 final" as the final of the 200m, not "the 2035 final" as a race', () => {
    const final = deriveReport(
      'Bay Invitational\n\nPosted Sunday, April 7, 2030\n\nNia Okoye won the 200 final in 23.01. She was second in the 2029 final.',
    ).find((r) => r.event?.value === '200m');
    expect(final?.round?.value).toBe('final');
  });
});
