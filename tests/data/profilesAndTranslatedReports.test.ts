/**
 * Readings found on held-out sets 58 and 61 (profiles, rivalry features, a translated Italian meeting
 * report, a doping story): "the 100 hurdles" written without its unit, a translator's note that dates
 * the paper and then goes on, a wire dateline in the body that dates the day's races before the
 * paper's later date, an earlier year's named marathon that is not the unnamed race in hand, a full
 * name with a middle name in a standfirst ("X and Kemar Anthony Whyte meet again"), medals awarded
 * "to" a runner with a time ("gold to Whyte in 9.812"), and "was fourth and did not make the final";
 * and from set 65, a year in a runner's words that is not the report's, and "won in 45.71, ahead of X
 * of the Czech Republic in 45.84 and Y in third". Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('a translated report of a Diamond League meeting', () => {
  const races = deriveReport(
    [
      '[Translated from the Italian. Originally published in Il Giornale dello Sport, Friday 4 June 2032. Times are given in the original notation.]',
      '',
      'VERDI QUEEN OF THE HURDLES',
      '',
      "ROME — Last night at the Golden Gala, in the 100 hurdles, Chiara Verdi won in 12.48, beating the Jamaican Tanisha Reid (12.53). In the men's 5000 metres Kenya's Paul Kirui won in 12:54.31.",
    ].join('\n'),
  );

  it('reads "the 100 hurdles" as the 100m hurdles', () => {
    const hurdles = races.find((r) => r.event?.value === '100m hurdles');
    expect(hurdles && resultRows(hurdles)).toEqual([
      ['Chiara Verdi', 1, 12.48],
      ['Tanisha Reid', null, 12.53],
    ]);
  });

  it("dates last night's races from the note's date, though the note goes on after it", () => {
    expect(races.map((r) => [r.event?.value, r.date?.value])).toEqual([
      ['100m hurdles', '2032-06-03'],
      ['5000m', '2032-06-03'],
    ]);
  });
});

describe('a translated report whose body opens on a wire dateline', () => {
  const races = deriveReport(
    [
      '[Translated from Italian. Original published in Il Corriere, 6 June 2031]',
      '',
      'SANTI QUEEN OF THE STADIUM',
      'The Roman wins the 400 hurdles in 53.41 ahead of Dennis. Bianchi second in the 100 in 9.97',
      '',
      "ROME, 5 June 2031 — A stadium on its feet. Giulia Santi won the women's 400 metres hurdles in 53.41, beating the American Kiara Dennis (53.58).",
    ].join('\n'),
  );

  it("dates the race by the dateline's day, not by the paper's next-day date", () => {
    const hurdles = races.find((r) => r.event?.value === '400m hurdles');
    expect(hurdles?.date?.value).toBe('2031-06-05');
    expect(hurdles && resultRows(hurdles)).toEqual([
      ['Giulia Santi', 1, 53.41],
      ['Kiara Dennis', null, 53.58],
    ]);
  });
});

describe('a doping story about a marathon winner', () => {
  const races = deriveReport(
    [
      'Marathon winner Wanjiru provisionally suspended',
      '',
      "MONACO, May 14 (AFP) - Kenya's Mary Wanjiru, winner of the 2035 Paris Marathon last month, has been provisionally suspended, the AIU said on Wednesday.",
      '',
      "The 29-year-old won in the French capital in 2:20:17. Ethiopia's Almaz Tesfaye was second in 2:20:55.",
      '',
      'Wanjiru, a 2:29 marathoner as recently as 2032, finished third at the 2034 Frankfurt Marathon in 2:22:40.',
    ].join('\n'),
  );

  it("keeps an earlier year's named marathon apart from the race the report is about", () => {
    const frankfurt = races.find((r) => /Frankfurt/.test(r.name));
    expect(frankfurt && resultRows(frankfurt)).toEqual([['Mary Wanjiru', 3, 8560]]);
    const other = races.filter((r) => r !== frankfurt && r.results.some((x) => x.time?.value === 8417));
    expect(other.map((r) => /Frankfurt/.test(r.name))).toEqual([false]);
    expect(other.flatMap(resultRows)).toEqual([
      ['Mary Wanjiru', 1, 8417],
      ['Almaz Tesfaye', 2, 8455],
    ]);
  });
});

describe('a feature on a sprint rivalry', () => {
  const races = deriveReport(
    [
      'Three thousandths and counting',
      '',
      'Jaylen Brooks and Kemar Anthony Whyte meet again in Brussels on Friday. Their head-to-head is 7-5.',
      '',
      'The first chapter was written at the 2030 World U20 Championships. In the second semi-final Whyte, a lanky Jamaican, won in 10.21; Brooks, the American favourite, was fourth and did not make the final.',
      '',
      'Then came the 2037 World Championships. In the final the pair dipped together. The scoreboard took a minute to decide: gold to Whyte in 9.812, silver to Brooks in 9.815.',
    ].join('\n'),
  );

  it('knows a runner named in full, with a middle name, only in the standfirst', () => {
    const names = new Set(races.flatMap((r) => r.results.map((x) => x.athlete)));
    expect(names).toContain('Kemar Anthony Whyte');
  });

  it('keeps a place in a semi-final out of the final the runner did not make', () => {
    const semi = races.find((r) => r.round?.value === 'semi-final');
    expect(semi && resultRows(semi)).toEqual([
      ['Kemar Anthony Whyte', 1, 10.21],
      ['Jaylen Brooks', 4, null],
    ]);
    const u20Final = races.find((r) => r.round?.value === 'final' && /U20/.test(r.name));
    expect(u20Final).toBeUndefined();
  });

  it('reads medals awarded "to" a runner, with their times', () => {
    const final = races.find((r) => r.round?.value === 'final' && /2037/.test(r.name));
    expect(final && resultRows(final)).toEqual([
      ['Kemar Anthony Whyte', 1, 9.812],
      ['Jaylen Brooks', 2, 9.815],
    ]);
  });
});

describe('an AP report on European indoor 400m finals, with no year in its dateline', () => {
  const races = deriveReport(
    [
      'Nowak wins European indoor 400 title at home',
      '',
      "TORUN, Poland, March 6 (AP) — Zofia Nowak won the women's 400 meters at the European Athletics Indoor Championships on Sunday in 50.87 seconds.",
      '',
      '"At the 2031 championships I was fourth and I went home and cried," she said.',
      '',
      "In the men's race, Spain's Hugo Lafuente won in 45.71, ahead of Tomas Novak of the Czech Republic in 45.84 and Britain's Kieran Osei in third.",
      '',
      'The championships, the 2033 edition of the biennial event, ended Sunday night.',
    ].join('\n'),
  );

  it("takes the report's year from its own text, not from a year in a runner's words", () => {
    expect(races.map((r) => r.date?.value)).toEqual(['2033-03-06', '2033-03-06']);
  });

  it('gives the runner beaten "in 45.84" that time, and second place before the one "in third"', () => {
    const men = races.find((r) => r.sex?.value === 'men');
    expect(men && resultRows(men)).toEqual([
      ['Hugo Lafuente', 1, 45.71],
      ['Tomas Novak', 2, 45.84],
      ['Kieran Osei', 3, null],
    ]);
  });
});
