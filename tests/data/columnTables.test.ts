/**
 * An official results sheet set out in columns under a header row: lanes, bib numbers, clubs and
 * reaction times stand between the place, the name and the time, and each cell is read by the header
 * column it stands under (names flush left, times flush right). Invented runners, clubs and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const SHEET = [
  'NORDIC CHAMPIONSHIPS 2036 - OFFICIAL RESULTS',
  'Sunday 27 July 2036',
  '',
  'MEN 100m - FINAL                                   Wind: +0.8 m/s',
  'Pl  Ln  Name                        Nat  Club                          RT      Time',
  ' 1   5  Aron Lindqvist              SWE  IK Stockholm                0.138   10.128',
  ' 2   4  Mikkel van der Berg         DEN  Aarhus AK                   0.151   10.184  PB',
  ' 3   6  Pekka Salo                  FIN  Helsingin Kisa              0.129   10.191',
  ' -   1  Jonas Eklund                SWE  IFK Lund                    0.091   DQ',
  '',
  'WOMEN 3000m STEEPLECHASE - FINAL',
  'Pl  Bib  Name                       Nat  Club                                  Time',
  ' 1  403  Ingrid Haugen              NOR  Tjalve IF                          9:41.26  CR',
  ' 2  417  Sofie Madsen               DEN  Sparta Atletik                     9:58.90  PB',
  ' 3  488  Julie Peeters              BEL  Vilvoorde AC (guest)              10:04.17',
  ' -  209  Anna Virtanen              FIN  Lahden Ahkera                          DNF',
].join('\n');

describe('a results sheet in columns under header rows', () => {
  const races = deriveReport(SHEET);

  it('reads place, name and time by column, not the lane, the club or the reaction time', () => {
    const sprint = races.find((r) => r.name.includes('100m'));
    expect(sprint && resultRows(sprint)).toEqual([
      ['Aron Lindqvist', 1, 10.128],
      ['Mikkel van der Berg', 2, 10.184],
      ['Pekka Salo', 3, 10.191],
      ['Jonas Eklund', null, null],
    ]);
    expect(sprint?.results.map((r) => r.country?.value)).toEqual(['SWE', 'DEN', 'FIN', 'SWE']);
    expect(sprint?.results[3]?.status).toBe('dq');
  });

  it('reads a time wider than the others, set flush right under its label, as a time', () => {
    const steeple = races.find((r) => r.name.includes('steeplechase'));
    expect(steeple && resultRows(steeple)).toEqual([
      ['Ingrid Haugen', 1, 581.26],
      ['Sofie Madsen', 2, 598.9],
      ['Julie Peeters', 3, 604.17],
      ['Anna Virtanen', null, null],
    ]);
    expect(steeple?.results[3]?.status).toBe('dnf');
    expect(steeple?.date?.value).toBe('2036-07-27');
  });
});
