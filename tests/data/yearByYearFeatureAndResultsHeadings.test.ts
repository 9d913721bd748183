/**
 * Readings found on held-out set 49: a feature that tells a rivalry year by year ("It was 2031
 * before …", "X answered in 2033. In Zurich that August she won …"); a championship report whose
 * heading names the city but not the year, with a past edition in a relative clause; a results
 * release whose headings tell the round in title case between dashes; and a translated cross-country
 * report ("Translated from the Spanish", "the 41st Cross Internacional de …", "the 10.2 kilometres").
 * Invented runners, meetings and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a feature told year by year', () => {
  const races = deriveReport(
    [
      'Two hurdlers, five seasons',
      '',
      'MAGAZINE — MAY 2036',
      '',
      'On July 14, 2029, in Monaco, a teenager called Fenna de Wit won the 400m hurdles in 54.20.',
      '',
      'It was 2031 before the duel properly began. At the World Championships final on the evening of August 6, Ama Boateng-Reid won gold in 53.11, with Fenna de Wit second in 53.40.',
      '',
      'The Brisbane 2032 Olympics belonged to the Dutchwoman. Boateng-Reid won her Olympic semi-final in 53.02, but two days later in the final she trailed home sixth in 54.10. De Wit won gold in 52.60.',
      '',
      'Boateng-Reid answered in 2033. In Zurich that August she won in 52.90, with de Wit runner-up in 53.05.',
      '',
      'The 2034 World Championships final, on 22 August, was closer still. De Wit won in 52.31 and Boateng-Reid took silver in 52.35.',
    ].join('\n'),
  );

  it('gives a championships named without its year the year told just before it', () => {
    const worlds31 = races.find((r) => r.name.startsWith('2031 World Championships'));
    expect(worlds31?.date?.value).toBe('2031-08-06');
    expect(worlds31 && resultRows(worlds31)).toEqual([
      ['Ama Boateng-Reid', 1, 53.11],
      ['Fenna de Wit', 2, 53.4],
    ]);
    const worlds34 = races.find((r) => r.name.startsWith('2034 World Championships'));
    expect(worlds34 && resultRows(worlds34)).toEqual([
      ['Fenna de Wit', 1, 52.31],
      ['Ama Boateng-Reid', 2, 52.35],
    ]);
  });

  it('makes a town that opens a sentence, in a year told beside it, a race of its own', () => {
    const zurich = races.find((r) => r.name.startsWith('Zurich 2033'));
    expect(zurich && resultRows(zurich)).toEqual([
      ['Ama Boateng-Reid', 1, 52.9],
      ['Fenna de Wit', 2, 53.05],
    ]);
    const olympicFinal = races.find((r) => r.name.includes('Olympics') && r.name.endsWith('final'));
    expect(olympicFinal && resultRows(olympicFinal)).toEqual([
      ['Fenna de Wit', 1, 52.6],
      ['Ama Boateng-Reid', 6, 54.1],
    ]);
  });

  it('counts "two days later" from no race of another year', () => {
    const olympicFinal = races.find((r) => r.name.includes('Olympics') && r.name.endsWith('final'));
    expect(olympicFinal?.date).toBeNull();
  });
});

describe('a championships report whose heading names the city but not the year', () => {
  const races = deriveReport(
    [
      'Wanjiku takes steeplechase gold',
      '',
      'World Athletics Championships, Lisbon — Thursday 20 August 2037',
      '',
      "Grace Wanjiku of Kenya won the women's 3000m steeplechase final in 9:01.40.",
      '',
      "The 23-year-old, who was only fifth in the final at the 2035 World Championships, beat Uganda's Ruth Nabirye, second in 9:02.10.",
      '',
      "Ethiopia's Meseret Alemu crossed the line third but was disqualified. That promoted Germany's Lea Brandt to third in 9:05.55.",
    ].join('\n'),
  );

  it('keeps an earlier edition told in a relative clause out of the race in hand', () => {
    const final = races.find((r) => r.name.startsWith('2037 World Championships'));
    expect(final?.date?.value).toBe('2037-08-20');
    expect(final && resultRows(final)).toEqual([
      ['Grace Wanjiku', 1, 541.4],
      ['Ruth Nabirye', 2, 542.1],
      ['Lea Brandt', 3, 545.55],
      ['Meseret Alemu', null, null],
    ]);
    const past = races.find((r) => r.name.startsWith('2035 World Championships'));
    expect(past && resultRows(past)).toEqual([['Grace Wanjiku', 5, null]]);
  });
});

describe('a results release with its rounds in title case between dashes', () => {
  const races = deriveReport(
    [
      'VALLEY CONFERENCE OUTDOOR CHAMPIONSHIPS',
      'Riverside Stadium -- May 9-10, 2031',
      '',
      'Men 110m Hurdles -- Preliminaries -- Friday, May 9',
      'Pl  Name                 School          Time',
      ' 1  Marcus Delane        Lakeside        13.72',
      ' 2  Tobi Okonkwo         Hillcrest       13.85',
      '',
      'Men 110m Hurdles -- Final -- Saturday, May 10',
      'Pl  Name                 School          Time',
      ' 1  Tobi Okonkwo         Hillcrest       13.51',
      ' 2  Marcus Delane        Lakeside        13.60',
    ].join('\n'),
  );

  it('reads each heading as its own round on its own day', () => {
    const heat = races.find((r) => r.name.endsWith('heat'));
    const final = races.find((r) => r.name.endsWith('final'));
    expect(heat?.date?.value).toBe('2031-05-09');
    expect(heat && resultRows(heat)).toEqual([
      ['Marcus Delane', 1, 13.72],
      ['Tobi Okonkwo', 2, 13.85],
    ]);
    expect(final?.date?.value).toBe('2031-05-10');
    expect(final && resultRows(final)).toEqual([
      ['Tobi Okonkwo', 1, 13.51],
      ['Marcus Delane', 2, 13.6],
    ]);
  });
});

describe('a cross-country report translated from Spanish', () => {
  const races = deriveReport(
    [
      'Kiprono masters the mud',
      '',
      '[Translated from the Spanish. Originally published on Monday 16 January 2040]',
      '',
      "SORIA. — The Kenyan Daniel Kiprono won yesterday, Sunday, at the 38th Cross Internacional de Almazán, completing the 10.2 kilometres of the men's race in 30:05.",
      '',
      'The Eritrean Samuel Tesfay was second in 30:11.',
    ].join('\n'),
  );

  it('takes neither the language for a country, nor the meeting for a runner, nor the course for a time', () => {
    const men = races.find((r) => r.results.length > 0);
    expect(men && resultRows(men)).toEqual([
      ['Daniel Kiprono', 1, 1805],
      ['Samuel Tesfay', 2, 1811],
    ]);
    expect(men?.results[0]?.country?.value).toBe('KEN');
  });
});
