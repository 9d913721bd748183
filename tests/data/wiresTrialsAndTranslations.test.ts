/**
 * Readings found on held-out sets 74 and 75 (wire reports on championship rounds, a translated
 * Spanish report, a national trials story and a federation release on cross country): a win told as
 * "took the men's 800m at the meeting in a record", a demonym after "but" for the sentence's subject,
 * the last race of a meeting called "the closing 5000m", an event whose name is followed by "left", a
 * Catalan double surname joined by "i", a decimal comma after "at", a newspaper's name that is not a
 * runner, a standfirst's epithet that only guessed a country, a team sent "to the Summer Games", a place
 * told as "That left X fourth", and an Irish surname with its particle. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { collectPeople } from '../../src/data/collectPeople';
import { prepareArticle } from '../../src/data/prepareArticle';
import { deriveDataset } from '../../src/model/deriveDataset';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const athletesOf = (text: string): string[] =>
  deriveDataset([{ name: 'report.txt', text }]).athletes.map((a) => a.name);

describe('a one-day meeting told by a TV website', () => {
  const races = deriveReport(
    [
      'Holte stuns Bislett with a national record',
      '',
      'Published Thursday 11 June 2037.',
      '',
      "Marius Holte took the men's 800m at the Bislett Games in a Norwegian record of 1:43.58. World champion Peter Kiprono came back at him in the home straight, but the Kenyan ran out of track and clocked 1:43.71.",
      '',
      "Earlier in the evening, Jamaica's Tanya Reid-Barrett won the women's 100m in 10.84.",
      '',
      "The closing 5000m went the way of the form book. Ethiopia's Haile Gebrekidan kicked from 300 metres out and won in 12:58.40.",
    ].join('\n'),
  );
  const race = (event: string) => races.find((r) => r.event?.value === event);

  it('reads "took the men\'s 800m at the Bislett Games in a record of …" as a win', () => {
    expect(race('800m')?.results[0]?.athlete).toBe('Marius Holte');
    expect(race('800m')?.results[0]?.place?.value).toBe(1);
  });

  it('takes "…, but the Kenyan clocked" to be the subject of the sentence, not the runner before', () => {
    const kiprono = race('800m')?.results.find((x) => x.athlete === 'Peter Kiprono');
    expect(kiprono?.time?.value).toBe(103.71);
    expect(kiprono?.country?.value).toBe('KEN');
    expect(race('800m')?.results.find((x) => x.athlete === 'Marius Holte')?.time?.value).toBe(103.58);
  });

  it('reads "the closing 5000m went the way of the form book" as the last race, not the last 5000m of one', () => {
    expect(race('5000m') && resultRows(race('5000m')!)).toEqual([['Haile Gebrekidan', 1, 778.4]]);
    expect(race('100m') && resultRows(race('100m')!)).toEqual([['Tanya Reid-Barrett', 1, 10.84]]);
  });
});

describe('a report translated from Spanish', () => {
  const text = [
    '[Translated from Spanish. Original article: "Roig vuela en Cuenca", Diario del Atletismo, Madrid.]',
    '',
    'Roig flies in Cuenca, and Serrano runs into Ríos',
    '',
    'The Catalan hurdler takes gold at the Ibero-American Championships; the Madrid runner, silver',
    '',
    'CUENCA (Ecuador), 23 July 2033. — The 400 metres hurdles left Spanish athletics with one light and one shadow this Saturday, on the third day of the 2033 Ibero-American Championships.',
    '',
    "The light came from Pau Roig i Puig. The Spaniard from Sabadell dominated the men's final and stopped the clock at 48,73, the best mark of his season.",
    '',
    "The shadow fell on Lucía Serrano Gil, who met a Valentina Ríos Arango in a state of grace. The Colombian won the women's final with 54,87.",
  ].join('\n');
  const races = deriveReport(text);
  const men = races.find((r) => r.sex?.value === 'men');

  it('reads "The 400 metres hurdles left Spanish athletics …" as the event, not a distance left to run', () => {
    expect(men?.event?.value).toBe('400m hurdles');
  });

  it('keeps a Catalan double surname joined by "i" in the name, and reads a decimal comma after "at"', () => {
    // ("The Spaniard" is the runner just named, not one whom the standfirst's "Catalan hurdler" only
    // guessed to be Spanish.)
    expect(men && resultRows(men)).toEqual([['Pau Roig i Puig', null, 48.73]]);
    expect(men?.results[0]?.country?.value).toBe('ESP');
  });

  it("does not take the newspaper's name for a person", () => {
    const people = collectPeople([prepareArticle({ name: 'report.txt', text })]);
    expect(people.idOf(['Diario', 'del', 'Atletismo'])).toBeNull();
    expect(people.idOf(['Pau', 'Roig', 'i', 'Puig'])).not.toBeNull();
  });
});

describe('demonyms and the runners they stand for', () => {
  it('takes a demonym for the runner the last sentence brought in by full name', () => {
    const races = deriveReport(
      [
        "Sigrid Holm won the women's 800m in 1:57.48.",
        '',
        'The pacer took them through 400 in 56.9, and after she stepped off it looked like Ama Boateng was going to run away with it. The Ghanaian was three metres clear going into the last bend.',
      ].join('\n'),
    );
    expect(races[0]?.results.find((x) => x.athlete === 'Sigrid Holm')?.country).toBeNull();
  });

  it('takes "the Dutchwoman de Wit" for de Wit', () => {
    const races = deriveReport(
      "Sigrid Holm, from Bergen, won the women's 800m in 1:57.48. She passed Keely Marchetti and Hanna de Wit on the bend. The American Marchetti was third in 1:58.09, and the Dutchwoman de Wit came fourth.",
    );
    expect(races[0] && resultRows(races[0])).toEqual([
      ['Sigrid Holm', 1, 117.48],
      ['Keely Marchetti', 3, 118.09],
      ['Hanna de Wit', 4, null],
    ]);
  });
});

describe('a wire report on national trials', () => {
  const races = deriveReport(
    [
      'Carter-Ruiz wins hurdles at US trials; Lindahl misses team again',
      '',
      'EUGENE, Ore. (AP) — On Sunday, June 29, at Hayward Field, DeShawn Carter-Ruiz won the final of the 110-meter hurdles at the 2036 U.S. Olympic Trials in 12.98 seconds, leading an American team of three to the Summer Games.',
      '',
      'Malik Hughes was second in 13.04 and Tyrell Banks grabbed the third and final spot in 13.09.',
      '',
      'That left Trevor Lindahl fourth again.',
    ].join('\n'),
  );

  it('keeps the trials final one race, not one of the Games the team is sent to', () => {
    expect(races).toHaveLength(1);
    expect(races[0]?.date?.value).toBe('2036-06-29');
  });

  it('reads "That left Lindahl fourth" as his place', () => {
    expect(races[0] && resultRows(races[0])).toEqual([
      ['DeShawn Carter-Ruiz', 1, 12.98],
      ['Malik Hughes', 2, 13.04],
      ['Tyrell Banks', 3, 13.09],
      ['Trevor Lindahl', 4, null],
    ]);
  });

  it('does not take "With 600 metres left he was fifth" for a place the runner left someone in', () => {
    const more = deriveReport(
      "Carl Osei won the men's 10,000m in 27:18.44. With 600 metres left he was fifth, but at the bell he was second.",
    );
    expect(more[0] && resultRows(more[0])).toEqual([['Carl Osei', 1, 1638.44]]);
  });
});

describe("a federation's release on national cross country", () => {
  const text = [
    'Ní Riada and Mac Giolla Bhríde crowned national cross country champions in Abbotstown',
    '',
    'Áine Ní Riada (Leevale AC) and Colm Mac Giolla Bhríde (Clonliffe Harriers) are the national champions.',
    '',
    'Senior Men (10km)',
    'Mac Giolla Bhríde and Eoin Walshe (Raheny Shamrock AC) went toe to toe over the last lap. Mac Giolla Bhríde kicked away to win in 30:12, with Walshe second in 30:19.',
  ].join('\n');
  const races = deriveReport(text);

  it('takes an Irish surname with its particle, in a headline or a sentence, for the runner named in full', () => {
    expect(athletesOf(text)).not.toContain('Mac Giolla Bhríde');
    expect(races[0] && resultRows(races[0])).toEqual([
      ['Colm Mac Giolla Bhríde', 1, 1812],
      ['Eoin Walshe', 2, 1819],
    ]);
  });
});
