import { describe, expect, it } from 'vitest';
import { listHeading, readResultsLine, type ListEntry } from '../../src/data/resultsList';

const read = (line: string): (ListEntry & { quote: string })[] =>
  readResultsLine(line, 0, line.length).map((e) => ({ ...e, quote: line.slice(e.start, e.end) }));

describe('readResultsLine', () => {
  it('readResultsLine(text, start, end) reads "1. Faith Kipyegon (KEN) 3:51.29 OR" with place, name, country, time and record', () => {
    expect(read('1. Faith Kipyegon (KEN) 3:51.29 OR')).toEqual([
      {
        start: 0,
        end: 34,
        place: 1,
        name: ['Faith', 'Kipyegon'],
        country: 'KEN',
        time: '3:51.29',
        status: null,
        records: ['OR'],
        quote: '1. Faith Kipyegon (KEN) 3:51.29 OR',
      },
    ]);
  });

  it('readResultsLine reads a tab-separated row whose surname is also a common word ("Shamier Little")', () => {
    expect(read('3\tShamier Little\tUSA\t53.92')[0]).toMatchObject({
      place: 3,
      name: ['Shamier', 'Little'],
      country: 'USA',
      time: '53.92',
    });
  });

  it('readResultsLine reads a country code without parentheses ("2 Josh Kerr GBR 3:27.79 NR")', () => {
    expect(read('2 Josh Kerr GBR 3:27.79 NR')[0]).toMatchObject({
      place: 2,
      name: ['Josh', 'Kerr'],
      country: 'GBR',
      time: '3:27.79',
      records: ['NR'],
    });
  });

  it('readResultsLine reads a country written as a name ("1. Sander van der Merwe, Netherlands, 3:30.00")', () => {
    expect(read('1. Sander van der Merwe, Netherlands, 3:30.00')[0]).toMatchObject({
      place: 1,
      name: ['Sander', 'van', 'der', 'Merwe'],
      country: 'NED',
      time: '3:30.00',
    });
  });

  it('readResultsLine reads several entries on one line, separated by commas or semicolons', () => {
    const entries = read(
      '1. Cole Hocker (USA) 3:27.65; 2. Josh Kerr (GBR) 3:27.79; 3. Yared Nuguse (USA) 3:27.80',
    );
    expect(entries.map((e) => [e.place, e.name.join(' '), e.country, e.time])).toEqual([
      [1, 'Cole Hocker', 'USA', '3:27.65'],
      [2, 'Josh Kerr', 'GBR', '3:27.79'],
      [3, 'Yared Nuguse', 'USA', '3:27.80'],
    ]);
    expect(entries.map((e) => e.quote)).toEqual([
      '1. Cole Hocker (USA) 3:27.65',
      '2. Josh Kerr (GBR) 3:27.79',
      '3. Yared Nuguse (USA) 3:27.80',
    ]);
  });

  it('readResultsLine reads a dash after the place ("3 - Yared Nuguse (USA) 3:27.80 PB")', () => {
    expect(read('3 - Yared Nuguse (USA) 3:27.80 PB')[0]).toMatchObject({
      place: 3,
      name: ['Yared', 'Nuguse'],
      records: ['PB'],
    });
  });

  it('readResultsLine reads the entries after a heading ("Men\'s mile: 1 Davis Keane 3:50.10, 2 …")', () => {
    const entries = read("Men's mile: 1 Davis Keane 3:50.10, 2 Tom Smith 3:51.00");
    expect(entries.map((e) => [e.place, e.name.join(' '), e.time, e.quote])).toEqual([
      [1, 'Davis Keane', '3:50.10', '1 Davis Keane 3:50.10'],
      [2, 'Tom Smith', '3:51.00', '2 Tom Smith 3:51.00'],
    ]);
  });

  it('readResultsLine reads table rows aligned with spaces or tabs, quoting the whole row', () => {
    for (const row of ['1    Cole Hocker     USA     3:27.65', '1\tCole Hocker\tUSA\t3:27.65']) {
      expect(read(row)).toEqual([
        {
          start: 0,
          end: row.length,
          place: 1,
          name: ['Cole', 'Hocker'],
          country: 'USA',
          time: '3:27.65',
          status: null,
          records: [],
          quote: row,
        },
      ]);
    }
  });

  it('readResultsLine reads an indented row with offsets into the whole text', () => {
    const text = 'Results\n  4    Oisín Maguire        IRL  3:35.08\n';
    const start = text.indexOf('  4');
    const [entry] = readResultsLine(text, start, text.indexOf('\n', start));
    expect(entry).toMatchObject({ place: 4, name: ['Oisín', 'Maguire'], country: 'IRL', time: '3:35.08' });
    expect(text.slice(entry?.start, entry?.end)).toBe('4    Oisín Maguire        IRL  3:35.08');
  });

  it('readResultsLine reads rows of a pipe table, with records in the time cell, and skips its header', () => {
    expect(read('| 1 | Cole Hocker | USA | 3:27.65 OR |')).toEqual([
      {
        start: 0,
        end: 38,
        place: 1,
        name: ['Cole', 'Hocker'],
        country: 'USA',
        time: '3:27.65',
        status: null,
        records: ['OR'],
        quote: '| 1 | Cole Hocker | USA | 3:27.65 OR |',
      },
    ]);
    expect(read('| Pos | Athlete | Country | Time |')).toEqual([]);
    expect(read('|---|---|---|---|')).toEqual([]);
  });

  it('readResultsLine reads a DNF row of a pipe table as a status with no time', () => {
    expect(read('| 12 | Timothy Cheruiyot | KEN | DNF |')[0]).toMatchObject({
      place: 12,
      name: ['Timothy', 'Cheruiyot'],
      country: 'KEN',
      time: null,
      status: 'dnf',
    });
  });

  it('readResultsLine reads DNF and DNS in the time column of a list as statuses with no time', () => {
    expect(read('11. Timothy Cheruiyot (KEN) DNF')[0]).toMatchObject({
      place: 11,
      time: null,
      status: 'dnf',
    });
    expect(read('12. Biniam Mehary (ETH) DNS')[0]).toMatchObject({ place: 12, time: null, status: 'dns' });
  });

  it('readResultsLine reads DQ in the place column of a tab-aligned table as a status with no place', () => {
    expect(read('DQ\tGreta Lindahl\tSWE\tTR 17.3.4')[0]).toMatchObject({
      place: null,
      name: ['Greta', 'Lindahl'],
      country: 'SWE',
      time: null,
      status: 'dq',
    });
  });

  it('readResultsLine reads nothing from narrative sentences, headings alone or lines without a name', () => {
    expect(read('Kerr won in 3:27.79 ahead of Hocker.')).toEqual([]);
    expect(read('2024 Paris Olympics: a review')).toEqual([]);
    expect(read("Men's 1500m")).toEqual([]);
    expect(read('1. The Kenyan Team 3:51.29')).toEqual([]);
  });
});

describe('listHeading', () => {
  it('listHeading(text, start, end) gives the span of a heading before the entries ("Men\'s mile:")', () => {
    const line = "Men's mile: 1 Davis Keane 3:50.10, 2 Tom Smith 3:51.00";
    expect(listHeading(line, 0, line.length)).toEqual({ start: 0, end: 11 });
  });

  it('listHeading returns null for a list line without a heading', () => {
    const line = '1. Faith Kipyegon (KEN) 3:51.29';
    expect(listHeading(line, 0, line.length)).toBeNull();
  });
});
