/**
 * Readings found on held-out set 54: a meeting's official report whose results tables give heats
 * lettered "Heat A", "Heat B" and a final, each heading with its wind in brackets; a surname with a
 * particle in capitals before the country code ("Pieter DE VOS BEL"); and the winner's past result
 * told in an apposition with its year (", eleventh in the 2034 Olympic final,") before the day of the
 * race in hand is settled. Invented runners, meetings and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe("a meeting's report with lettered heats, a final and a past result in an apposition", () => {
  const races = deriveReport(
    [
      'VILNIUS SPRING MEETING 2035 - OFFICIAL REPORT',
      'Continental Tour Bronze | Central Stadium | Sunday 10 May 2035',
      '',
      'Ona Kazlauskaitė won the women’s 1500m in 4:05.12, holding off Kenya’s Mercy Chebet.',
      '',
      'The 24-year-old, eleventh in the 2034 Olympic final, kicked with 200 metres to go.',
      '',
      'Ghana’s Kwesi Mensah won the men’s 100m final in 10.07.',
      '',
      'RESULTS',
      '',
      'MEN 100m - Heat A (wind +0.4)',
      ' 1  Kwesi MENSAH             GHA   10.15',
      ' 2  Pieter DE VOS            BEL   10.31',
      '',
      'MEN 100m - Heat B (wind -0.2)',
      ' 1  Lukas PETRAITIS          LTU   10.22',
      ' 2  Janis OZOLS              LAT   10.40',
      '',
      'MEN 100m - Final (wind +0.9)',
      ' 1  Kwesi MENSAH             GHA   10.07',
      ' 2  Lukas PETRAITIS          LTU   10.19',
      ' 3  Pieter DE VOS            BEL   10.28',
    ].join('\n'),
  );
  const heat = (n: number) => races.find((r) => r.round?.value === 'heat' && r.name.endsWith(`heat ${n}`));

  it('reads each lettered heat as a race of its own, numbered in order', () => {
    const a = heat(1);
    const b = heat(2);
    expect(a && resultRows(a)).toEqual([
      ['Kwesi Mensah', 1, 10.15],
      ['Pieter De Vos', 2, 10.31],
    ]);
    expect(b && resultRows(b)).toEqual([
      ['Lukas Petraitis', 1, 10.22],
      ['Janis Ozols', 2, 10.4],
    ]);
  });

  it('keeps the final under its heading with a note in brackets apart from the heats', () => {
    const final = races.find((r) => r.event?.value === '100m' && r.round?.value === 'final');
    expect(final && resultRows(final)).toEqual([
      ['Kwesi Mensah', 1, 10.07],
      ['Lukas Petraitis', 2, 10.19],
      ['Pieter De Vos', 3, 10.28],
    ]);
  });

  it('reads a capitalised surname with its particle before the country code', () => {
    const final = races.find((r) => r.event?.value === '100m' && r.round?.value === 'final');
    const deVos = final?.results.find((x) => x.athlete === 'Pieter De Vos');
    expect(deVos?.country?.value).toBe('BEL');
  });

  it('leaves the meeting in hand after a past final told in an apposition', () => {
    const final = races.find((r) => r.event?.value === '100m' && r.round?.value === 'final');
    expect(final?.name).toMatch(/^Vilnius Spring Meeting/);
    expect(final?.date?.value).toBe('2035-05-10');
    expect(
      races.some((r) => r.name.startsWith('2034') && r.results.some((x) => x.athlete === 'Kwesi Mensah')),
    ).toBe(false);
  });
});
