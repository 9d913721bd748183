/**
 * Readings found on a world indoors live blog, a results notice in fixed-width columns, a
 * championships heat report and a marathon broadcast recap of the held-out sets: a live blog's date
 * line under its title ("Saturday 18 March 2034, Arena Toruń"); a beaten runner's time set after the
 * name ("ahead of Switzerland's Ladina Caflisch, 7.87"); a country's name in a column of its own; a
 * dateline's country, which is the town's and not the runner's after it; and a recap's "THE MEN:" and
 * "THE WOMEN:" sections. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a live blog whose date stands under its title, before the place', () => {
  const races = deriveReport(
    [
      'World Indoor Championships, day two evening session – live',
      '',
      'Saturday 18 March 2034, Arena Toruń',
      'Updates in order, oldest first. Times are CET.',
      '',
      '18:55',
      'Good evening from Toruń, where the 2034 World Athletics Indoor Championships are two days old.',
      '',
      '19:05',
      'Women’s 60m hurdles semi-finals first. Three semis, first two in each go through.',
      '',
      '19:24',
      'SEMI THREE: Drama. Puerto Rico’s Yarimar Colón is disqualified for a false start, and France’s Maëlys Dufour-Laurent wins in 7.82 ahead of Switzerland’s Ladina Caflisch, 7.87.',
      '',
      '19:38',
      'Men’s 3000m final under way.',
      '',
      '19:48',
      'The Ethiopian Abdisa Tola Regassa wins in 7:38.41.',
    ].join('\n'),
  );

  it('dates the evening’s races by the line under the title', () => {
    expect(races.length).toBeGreaterThanOrEqual(2);
    for (const race of races) expect(race.date?.value).toBe('2034-03-18');
  });

  it('gives the time after the beaten runner’s name to that runner', () => {
    const semi = races.find((r) => r.name.includes('semi-final'));
    expect(semi && resultRows(semi)).toEqual(
      expect.arrayContaining([
        ['Maëlys Dufour-Laurent', 1, 7.82],
        ['Ladina Caflisch', null, 7.87],
      ]),
    );
  });
});

describe('a results notice with the country written out in a column of its own', () => {
  const dataset = deriveDataset([
    {
      name: 'report.txt',
      text: [
        'Athletics-South American Championships men’s 200 metres heats results',
        '',
        'LIMA, May 13 (Reuters) - Results from the men’s 200 metres heats at the 2033 South American Championships on Friday:',
        '',
        'Heat 1 (wind +0.4 m/s)',
        '1. Joao Victor Nascimento      Brazil      20.51  Q',
        '2. Santiago Echeverría Ruiz    Colombia    20.63  Q',
        '3. Thiago Benítez              Paraguay    21.31',
      ].join('\n'),
    },
  ]);

  it('reads the column as the runner’s country, not as a last name', () => {
    expect(dataset.races.flatMap(resultRows)).toEqual([
      ['Joao Victor Nascimento', 1, 20.51],
      ['Santiago Echeverría Ruiz', 2, 20.63],
      ['Thiago Benítez', 3, 21.31],
    ]);
    expect(dataset.athletes.map((a) => [a.name, a.country?.value ?? null])).toEqual(
      expect.arrayContaining([
        ['Joao Victor Nascimento', 'BRA'],
        ['Thiago Benítez', 'PAR'],
      ]),
    );
  });
});

describe('a dateline that names the host country before the runner', () => {
  const dataset = deriveDataset([
    {
      name: 'report.txt',
      text: [
        'Ayuba fastest in 400m hurdles heats',
        '',
        'Monday, 24 June 2024',
        '',
        'ACCRA, Ghana — Grace Ayuba made it look routine. The Nigerian champion won the second heat of the women’s 400m hurdles at the African Athletics Championships on Monday in 55.12 seconds.',
        '',
        'Senegal’s Amina Diallo was second in 55.48. Her compatriot Precious Okoro crossed the line third but was disqualified.',
      ].join('\n'),
    },
  ]);

  it('leaves the runner’s country to what the report says of her', () => {
    expect(dataset.athletes.find((a) => a.name === 'Grace Ayuba')?.country?.value ?? null).not.toBe('GHA');
    expect(dataset.races.flatMap(resultRows)).toContainEqual(['Grace Ayuba', 1, 55.12]);
  });
});

describe('a broadcast recap with a section for each race and a commentator named in it', () => {
  const races = deriveReport(
    [
      'WHAT YOU MISSED: Amsterdam Marathon, as it happened',
      '',
      'Sunday Live broadcast recap | 17 October 2032',
      '',
      'THE MEN: LEMMA WINS WITH LATE STRIKE',
      'The lead pack went through halfway in 62 minutes 40 seconds. Our commentator Bas Verhoeven called the race for Ethiopia’s Tsegaye Getachew Lemma from 35 kilometres, and he was right: the 25-year-old broke away along the Amstel and crossed the line alone in 2:05:31. Khalid el Amrani finished second in 2:05:58.',
      '',
      'THE WOMEN: A COURSE RECORD',
      'Kenya’s Edna Jepleting Koech won in 2:19:07. Belgium’s Marieke de Wilde was a fine third in 2:22:40.',
    ].join('\n'),
  );
  const rowsOf = (sex: string) => races.filter((r) => r.name.includes(sex)).flatMap(resultRows);

  it('puts each section’s runners in a race of that sex', () => {
    expect(rowsOf('Women')).toEqual([
      ['Edna Jepleting Koech', 1, 8347],
      ['Marieke de Wilde', 3, 8560],
    ]);
  });

  it('gives the winner’s time to the runner the epithet after the colon names, not the commentator', () => {
    const men = rowsOf('Men');
    expect(men).toContainEqual(['Tsegaye Getachew Lemma', 1, 7531]);
    expect(men.map((row) => row[0])).not.toContain('Bas Verhoeven');
  });
});
