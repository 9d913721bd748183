/**
 * Readings found in sets 128 to 132 (h1510, h1511, h1512, h1516, h1518, h1560, h1561, h876, h1224 and
 * h452): a time told as "it took her 7.71 seconds", a race told bare ("the 100 hurdles final", "the
 * men's 60 final", "the 25-lap final"), "ran away with the second semi-final", "Last night's final", an
 * editor's note over a translated report, a feature's day headings, the under-20 race, a relative
 * clause after another's possessive, "the Europeans of 2032", and tables set out in tabs or headed
 * "Senior men, 10.2 km". Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf, rowsNamed } from '../helpers/reportRaces';

type Found = ReturnType<typeof raceRowsOf>;
const dateOf = (found: Found, name: RegExp): string | null | undefined =>
  found.find((r) => name.test(r.name))?.date;

describe('times and places told in other words', () => {
  it('reads "it took her 7.71 seconds" as her time, and not "Her personal best, 7.68,"', () => {
    const found = raceRowsOf(
      'TORUŃ, Poland (AP) — Destiny Okafor-Hale had to sit through two recalls before she got to run.',
      '',
      "The American won the women's 60-meter hurdles final at the world indoor championships on Sunday, March 11, 2035, holding off Jamaica's Shanique McLeod-Barrett (7.74). It took her 7.71 seconds.",
      '',
      'Her personal best, 7.68, is still the fastest in the world this year.',
    );
    expect(rowsNamed(found, /60m hurdles final/)).toEqual([
      ['Destiny Okafor-Hale', 1, 7.71],
      ['Shanique McLeod-Barrett', 2, 7.74],
    ]);
  });

  it('reads "took the men\'s 60 final" as a win and the runner edged "by two hundredths" as second', () => {
    const found = raceRowsOf(
      "Earlier in the session at the 2035 World Indoor Championships, Botswana's Kagiso Mothibi took the men's 60 final in 6.47, edging Italy's Riccardo Benedetti-Sforza by two hundredths of a second. Britain's Jaylen Osei-Mensah was third in 6.52.",
    );
    expect(rowsNamed(found, /Men's 60m final/)).toEqual([
      ['Kagiso Mothibi', 1, 6.47],
      ['Riccardo Benedetti-Sforza', 2, null],
      ['Jaylen Osei-Mensah', 3, 6.52],
    ]);
  });

  it('reads "ran away with the second semi-final" as a win', () => {
    const found = raceRowsOf(
      "The semi-finals of the women's 60m hurdles at the 2035 World Indoor Championships were run on Sunday. Nigeria's Blessing Adeyemi-Cole ran away with the second semi-final in 7.73, a Nigerian record.",
    );
    expect(rowsNamed(found, /semi-final 2/)).toEqual([['Blessing Adeyemi-Cole', 1, 7.73]]);
  });

  it('splits "won the first in 7.76 … ran away with the second semifinal" into the two semi-finals', () => {
    const found = raceRowsOf(
      "Destiny Okafor-Hale won the women's 60m hurdles final at the 2035 World Indoor Championships.",
      '',
      'The semifinals, run a little under two hours earlier, had suggested a very different outcome. Okafor-Hale won the first in 7.76, with Shanique McLeod-Barrett second in 7.79, but Blessing Adeyemi-Cole ran away with the second semifinal in 7.73, leaving Femke ter Horst a distant runner-up in 7.84.',
    );
    expect(rowsNamed(found, /semi-final 1/)).toEqual([
      ['Destiny Okafor-Hale', 1, 7.76],
      ['Shanique McLeod-Barrett', 2, 7.79],
    ]);
    expect(rowsNamed(found, /semi-final 2/)).toEqual([
      ['Blessing Adeyemi-Cole', 1, 7.73],
      ['Femke ter Horst', 2, 7.84],
    ]);
  });

  it('gives the runner "three seconds ahead of" whom the race was won second when a third took bronze', () => {
    const found = raceRowsOf(
      "The senior women's race at the World Cross Country Championships in Bathurst was won by Kenya's Beatrice Jepkemoi Sang in 32:41, three seconds ahead of Ethiopia's Almaz Derese Woldemariam, with Uganda's Sarah Chemutai taking bronze.",
    );
    expect(rowsNamed(found, /Women's/)).toEqual([
      ['Beatrice Jepkemoi Sang', 1, 1961],
      ['Almaz Derese Woldemariam', 2, null],
      ['Sarah Chemutai', 3, null],
    ]);
  });

  it('gives a relative clause after "Priya\'s daughter" to the runner the daughter is, not to Priya', () => {
    const found = raceRowsOf(
      "Hannah Okafor-Briggs won the women's race at the Trentham cross country in 22:48. Our first lady home was Priya Raman, 11th in 24:55.",
      '',
      "Special mention to Mia Raman, Priya's daughter, who was 5th in the U13 girls' race.",
    );
    expect(rowsNamed(found, /Women's/)).toContainEqual(['Mia Raman', 5, null]);
    expect(rowsNamed(found, /Women's/)).toContainEqual(['Priya Raman', 11, 1495]);
  });
});

describe('races told by other names', () => {
  it('puts "fourth in the 100 hurdles final at the 2033 world championships" in that final', () => {
    const found = raceRowsOf(
      "Destiny Okafor-Hale won the women's 60m hurdles final at the world indoor championships on Sunday, March 11, 2035.",
      '',
      '"I have been fourth too many times," said Okafor-Hale, 27, who was fourth in the 100 hurdles final at the 2033 world championships.',
    );
    expect(rowsNamed(found, /^2033 World Championships – 100m hurdles final$/)).toEqual([
      ['Destiny Okafor-Hale', 4, null],
    ]);
  });

  it('reads "Last night\'s final" as the final, dated the day before the paper', () => {
    const found = raceRowsOf(
      'THE STRATHEARN HERALD',
      'Tuesday 3 August 2032',
      '',
      'KIRSTY BOWS OUT IN BRISBANE',
      '',
      "Kirsty Dalgleish-Moyes went out in the semi-finals of the 800m at the Brisbane Olympics on Sunday. In Friday morning's heats she finished third in heat four in 1:59.84. The heat was won by the American Jordyn Castellanos-Pike in 1:59.30.",
      '',
      "Last night's final was won by Ethiopia's Tigist Haile Mariam in 1:55.31, with Kenya's Mercy Chepkoech Lagat taking the silver.",
    );
    expect(rowsNamed(found, /800m final/)).toEqual([
      ['Tigist Haile Mariam', 1, 115.31],
      ['Mercy Chepkoech Lagat', 2, null],
    ]);
    expect(dateOf(found, /800m final/)).toBe('2032-08-02');
    expect(rowsNamed(found, /heat 4/)).toEqual([
      ['Jordyn Castellanos-Pike', 1, 119.3],
      ['Kirsty Dalgleish-Moyes', 3, 119.84],
    ]);
  });

  it('reads "the 25-lap final" as the 10,000m', () => {
    const found = raceRowsOf(
      'ROME — Tsigereda Gebru won the first heat of the 5000m at the 2039 World Championships in 14:58.20.',
      '',
      'On Monday evening Gebru had won the 25-lap final in 30:14.67, holding off her compatriot Abeba Tadesse by barely a stride, with the Kenyan Lilian Jepchumba Korir taking the bronze medal.',
    );
    expect(rowsNamed(found, /10000m final/)).toEqual([
      ['Tsigereda Gebru', 1, 1814.67],
      ['Abeba Tadesse', 2, null],
      ['Lilian Jepchumba Korir', 3, null],
    ]);
    expect(rowsNamed(found, /5000m heat 1/)).toEqual([['Tsigereda Gebru', 1, 898.2]]);
  });

  it('keeps "the Europeans of 2032" apart from the 2034 final, which "the final" then goes back to', () => {
    const found = raceRowsOf(
      "LISBON, 13 August. – María del Carmen Ruiz-Olmedo crossed the line in second position in the final of 5,000 metres of the European Championships of 2034, with a time of 14:48.21, behind Norway's Ingrid Solberg-Haugen.",
      '',
      'Indeed, in the final of 5,000 of the Europeans of 2032 the Madrilenian finished in fifth place.',
      '',
      'The other Spanish in the final, Lucía Fernández de la Vega, finished ninth in 15:12.44.',
    );
    expect(rowsNamed(found, /European Championships 2034/)).toEqual([
      ['Ingrid Solberg-Haugen', 1, null],
      ['María del Carmen Ruiz-Olmedo', 2, 888.21],
      ['Lucía Fernández de la Vega', 9, 912.44],
    ]);
    expect(rowsNamed(found, /European Championships 2032/)).toEqual([
      ['María del Carmen Ruiz-Olmedo', 5, null],
    ]);
  });

  it("splits the under-20 men's race from the senior women's", () => {
    const found = raceRowsOf(
      "Saoirse O'Donnell-Keane finished 27th in the senior women's race at the World Cross Country Championships in Bathurst.",
      '',
      "There was also interest in the under-20 men's race, where Cian Ó Gallchóir came home 64th in 25:50.",
    );
    expect(rowsNamed(found, /Men's/)).toEqual([['Cian Ó Gallchóir', 64, 1550]]);
    expect(rowsNamed(found, /Women's/)).toEqual([["Saoirse O'Donnell-Keane", 27, null]]);
  });
});

describe('notes, headings and tables', () => {
  it("takes the title under an editor's note in square brackets, and the note's date as the paper's", () => {
    const found = raceRowsOf(
      '[Translated from the Italian. Originally published in Il Corriere di Rieti, Sunday 29 July 2029, sport section, p. 31.]',
      '',
      'Tricolore for Lo Presti in a 5000 that ended in a photo finish',
      '',
      'RIETI — On the second day of the Italian Absolute Championships, the final of the 5000 metres was decided yesterday evening in the last stride. In the end it was Matteo Lo Presti of the Fiamme Gialle who won, in 13:31.44. Behind him the bronze went to the young Abdelkarim El Mansouri-Rossi of Atletica Brescia 1950.',
    );
    expect(found).toEqual([
      {
        name: 'Italian Absolute Championships 2029 – 5000m final',
        date: '2029-07-28',
        rows: [
          ['Matteo Lo Presti', 1, 811.44],
          ['Abdelkarim El Mansouri-Rossi', 3, null],
        ],
      },
    ]);
  });

  it('dates the races under "FRIDAY 1 MARCH: THE WARNING SHOT" by the heading\'s day', () => {
    const found = raceRowsOf(
      'TRACK WEEKLY | Championship report | Monday 4 March 2030',
      '',
      'How Wróblewski won the long way round in Ljubljana',
      '',
      'The European Indoor Championships were decided in the last 50 metres.',
      '',
      'FRIDAY 1 MARCH: THE WARNING SHOT',
      '',
      "Poland's Mateusz Wróblewski won his heat of the men's 400 metres in 46.58.",
      '',
      'SATURDAY 2 MARCH: SECOND BEST, ON PURPOSE',
      '',
      "In the women's 1500m final, Ireland's Clodagh Mac Giolla Phádraig won in 4:05.12.",
    );
    expect(dateOf(found, /400m heat/)).toBe('2030-03-01');
    expect(dateOf(found, /1500m final/)).toBe('2030-03-02');
  });

  it('reads a table set out in tabs whose header holds a label of two words ("Cat Pos")', () => {
    const found = raceRowsOf(
      'Kettlewell Dales Half Marathon - Sunday 11 March 2035',
      '',
      'MEN',
      'Pos\tName\tCat\tCat Pos\tTime',
      '14\tTom Ferriby\tV40\t2\t1:14:38',
      '39\tKieran Walsh-Adeyemi\tSEN\t22\t1:19:05',
    );
    expect(rowsNamed(found, /Men's half marathon/)).toEqual([
      ['Tom Ferriby', 14, 4478],
      ['Kieran Walsh-Adeyemi', 39, 4745],
    ]);
  });

  it('splits tables headed "Senior men, 10.2 km" and "Senior women, 8.2 km" by sex', () => {
    const found = raceRowsOf(
      'Results - senior races (official).',
      '',
      'Senior men, 10.2 km',
      '| Pl | Name | Club | Time |',
      '|----|------|------|------|',
      '| 1 | Ondřej Procházka | AK Olomouc | 31:12 |',
      '| 2 | Jan Hruška-Veselý | Dukla Praha | 31:28 |',
      '',
      'Senior women, 8.2 km',
      '| Pl | Name | Club | Time |',
      '|----|------|------|------|',
      '| 1 | Tereza Benešová | USK Praha | 28:47 |',
    );
    expect(rowsNamed(found, /Men's 10\.2km/)).toEqual([
      ['Ondřej Procházka', 1, 1872],
      ['Jan Hruška-Veselý', 2, 1888],
    ]);
    expect(rowsNamed(found, /Women's 8\.2km/)).toEqual([['Tereza Benešová', 1, 1727]]);
  });

  it('takes a club in brackets after its initials ("(TJ Sokol Kolín)") for no runner', () => {
    const found = raceRowsOf(
      "The junior titles at the Czech cross country championships went to Matyáš Kolář (TJ Sokol Kolín), who won the junior men's race in 19:44.",
    );
    expect(found.flatMap((r) => r.rows)).toEqual([['Matyáš Kolář', 1, 1184]]);
  });
});
