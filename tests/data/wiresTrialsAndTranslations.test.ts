/**
 * Readings found on held-out sets 74 to 76 (wire reports on championship rounds, a translated Spanish
 * report, a national trials story, a federation release on cross country and a newest-first live blog):
 * a win told as "took the men's 800m at the meeting in a record", a demonym after "but" for the
 * sentence's subject and one for the runner the last sentence brought in by full name, "the Dutchwoman
 * de Wit", the last race of a meeting called "the closing 5000m", an event whose name is followed by
 * "left", a Catalan double surname joined by "i", a decimal comma after "at", a newspaper's name that is
 * not a runner, a standfirst's epithet that only guessed a country, a team sent "to the Summer Games",
 * a place told as "That left X fourth", an Irish surname with its particle, a results list whose times
 * cannot be run over the race its standfirst named last, "Split 400m:" under a heat, a fixed-width
 * header row and a course record's line. Invented runners and times.
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

describe('a live blog written newest first, and results sheets', () => {
  it('does not put a list of 100m times into the 400m hurdles final its standfirst named last', () => {
    const races = deriveReport(
      [
        'European Athletics Championships 2033, day three – live',
        '',
        "Men's 100m semi-finals and final, women's 400m hurdles final, plus everything else from the Estádio Nacional. Refresh for updates. All times local.",
        '',
        'Tuesday 9 August 2033',
        '',
        "22:14 That's where we'll leave it for tonight. Thanks for all your messages – especially the ones telling us we'd got the wind reading wrong (we hadn't). Back tomorrow from 09:30 for the heptathlon. Good night from Lisbon.",
        '',
        '22:06 Belcourt on the mixed zone TV feed: "I didn\'t see him, I only felt him. When I looked at the board and it said 9.95 next to both names I thought, OK, now we wait. Three thousandths. Three!" He\'s 26, and this is his first major title outdoors.',
        '',
        "21:58 OFFICIAL: the photo finish has been read to the thousandth and YANIS BELKACEM IS EUROPEAN CHAMPION. France's Belcourt 9.951, Jeremiah Okafor-Hale of Great Britain 9.954. Unbelievable.",
        '',
        'Full result:',
        '1 Yanis Belcourt (FRA) 9.951',
        '2 Jeremiah Okafor-Hale (GBR) 9.954',
        '3 Daan van der Molen (NED) 10.03',
        '4 Luca Ferrandi (ITA) 10.08',
        '5 Hugo Sáez (ESP) 10.14',
        'DQ Mateusz Wróblewski (POL)',
        'Wind +0.6',
        '',
        "21:55 Still waiting. Both given 9.95 on the trackside board. Van der Molen has his bronze, he's already in the Dutch flag.",
        '',
        "21:53 GONE! Re-start, clean this time, and it's a blanket across the line between Belcourt in lane 5 and Okafor-Hale in lane 4. We genuinely cannot call it from here.",
        '',
        "21:50 False start. The board shows a reaction time of 0.081 against lane 6 – that's Wróblewski. He's out. The Polish team are protesting but the replay looks pretty clear. Heartbreak for the 22-year-old, who ran a lifetime best in the semis.",
        '',
        "21:44 Women's 400m hurdles, result confirmed: Olena Kovalenko of Ukraine wins in 53.41, a championship record – the old mark of 53.58 had stood since 2018. Ireland's Aoife Ní Riada takes silver in 53.88 and Switzerland's Noémie Favre bronze in 54.20. Kovalenko was fourth at this meeting four years ago; she's a different hurdler now.",
        '',
        "21:43 And it's Kovalenko! She was behind coming off hurdle eight and just ate up the straight.",
      ].join('\n'),
    );
    const hurdles = races.find((r) => r.event?.value === '400m hurdles' && r.round?.value === 'final');
    expect(hurdles && resultRows(hurdles)).toEqual([
      ['Olena Kovalenko', 1, 53.41],
      ['Aoife Ní Riada', 2, 53.88],
      ['Noémie Favre', 3, 54.2],
    ]);
    const final = races.find((r) => r.sex?.value === 'men' && r.round?.value === 'final');
    expect(final && resultRows(final).slice(0, 3)).toEqual([
      ['Yanis Belcourt', 1, 9.951],
      ['Jeremiah Okafor-Hale', 2, 9.954],
      ['Daan van der Molen', 3, 10.03],
    ]);
  });

  it('reads neither "Split 400m:" under a heat nor a fixed-width header row as a race, nor a course record line as a result', () => {
    const races = deriveReport(
      [
        'HARBOUR INDOOR MEETING 2038 -- OFFICIAL RESULTS',
        "MEN'S 800 METRES -- Friday 5 March 2038",
        '',
        'Heat 1',
        'Pos  Lane  Name                    Nat   Result',
        ' 1   3     Jakub Nowak             POL   1:46.21',
        ' 2   5     Emil Bakke              NOR   1:46.38',
        'Split 400m: 53.40 (Emil Bakke)',
        '',
        'Heat 2',
        'Pos  Lane  Name                    Nat   Result',
        ' 1   4     Alvaro Garcia           ESP   1:45.88',
        ' 2   6     Josh Holt               GBR   1:46.02',
        '',
        'Course record (men): 1:44.10, Pierre Lemaire (FRA), 2031.',
      ].join('\n'),
    );
    expect(races.map((r) => [r.event?.value, r.round?.value, r.date?.value])).toEqual([
      ['800m', 'heat', '2038-03-05'],
      ['800m', 'heat', '2038-03-05'],
    ]);
    expect(races.flatMap((r) => r.results.map((x) => x.athlete))).not.toContain('Pierre Lemaire');
  });
});
