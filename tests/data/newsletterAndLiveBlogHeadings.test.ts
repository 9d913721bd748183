/**
 * A club newsletter heads each race in capitals, then its place and day ("CLUB 5000m TRACK
 * CHAMPIONSHIPS — Newtown Park, Wednesday 9 May", "INTERCLUB CROSS COUNTRY — Trentham Memorial Park,
 * Saturday 19 May"); a live blog lists medals with capital labels ("GOLD – Name (POL) 4:00.41").
 * Invented runners, clubs and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const NEWSLETTER = [
  'COAST HARRIERS — THE PACELINE',
  'Issue 41 — May 2029',
  '',
  'ROTORUA MARATHON — Saturday 5 May',
  '',
  "The women's race was won by Hamilton's Rebecca Thorn in 2:44:18.",
  '',
  'CLUB 5000m TRACK CHAMPIONSHIPS — Newtown Park, Wednesday 9 May',
  '',
  'Men',
  '1. Tom Aperahama 15:42.3',
  '2. Ravi Chandran 15:58.9',
  '',
  'INTERCLUB CROSS COUNTRY — Trentham Memorial Park, Saturday 19 May',
  '',
  "Tom Aperahama backed up from the track to finish 11th in the senior men's race in 27:44.",
].join('\n');

const BLOG = [
  'Live coverage | Thursday 17 August 2034',
  '',
  '20:14',
  "WOMEN'S 1500M FINAL RESULT",
  'GOLD – Zofia Kowalska (POL) 4:00.41',
  'SILVER – Ingrid Solberg (NOR) 4:00.97',
  'BRONZE – Aoife Brennan (IRL) 4:01.30 PB',
].join('\n');

describe('headings in capitals with their place and day', () => {
  const races = deriveReport(NEWSLETTER);

  it('dates the club track championships from its heading', () => {
    const track = races.find((r) => r.event?.value === '5000m');
    expect(track && resultRows(track)).toEqual([
      ['Tom Aperahama', 1, 942.3],
      ['Ravi Chandran', 2, 958.9],
    ]);
    expect(track?.date?.value).toBe('2029-05-09');
  });

  it('reads the cross-country heading as a meeting of its own, with its day', () => {
    const cross = races.find((r) => r.name.includes('Interclub Cross Country'));
    expect(cross && resultRows(cross)).toEqual([['Tom Aperahama', 11, 1664]]);
    expect(cross?.date?.value).toBe('2029-05-19');
  });
});

describe('medals listed with capital labels', () => {
  it('places each medallist with their time', () => {
    const [race] = deriveReport(BLOG);
    expect(race && resultRows(race)).toEqual([
      ['Zofia Kowalska', 1, 240.41],
      ['Ingrid Solberg', 2, 240.97],
      ['Aoife Brennan', 3, 241.3],
    ]);
  });
});
