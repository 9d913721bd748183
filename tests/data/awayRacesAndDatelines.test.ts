/**
 * Readings found on an injury wire, a marathon preview and an injury story of the held-out sets: a
 * dateline's place with its day ("SÃO PAULO, June 13 (AFP) -") as a town, not a runner; a medal
 * "tipped to challenge for" as none won; a place in another town with a time of its own ("second in
 * Doha in May", "won Berlin last September") as another race; and a clause going on with "then"
 * after a past one as past too. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../src/model/deriveDataset';
import { deriveReport, resultRows } from '../helpers/reportRaces';

describe('an injury wire from a national championships that tells a medallist’s earlier races', () => {
  const text = [
    'Moura out of world championships with torn hamstring',
    '',
    "SÃO PAULO, June 13 (AFP) - Brazil's world 400m hurdles silver medallist Davi Moura will miss the world championships after scans on Monday, the confederation said.",
    '',
    'The 27-year-old pulled up clutching the back of his thigh in the opening round of the 2039 Brazilian championships on Thursday 9 June.',
    '',
    'Moura won silver in the final of the 2037 World Championships in 47.61, a South American record, and had been widely tipped to challenge for gold this year. He had shown good form this spring, finishing second in Doha in May in 48.12, behind Norway’s Odd Leirvik.',
    '',
    'Fabio Teixeira took the national title in the final on Saturday 11 June in 48.96. Moura will undergo surgery in São Paulo this week.',
  ].join('\n');
  const dataset = deriveDataset([{ name: 'report.txt', text }]);
  const rowsOf = (pick: (name: string) => boolean) =>
    dataset.races.filter((r) => pick(r.name)).flatMap(resultRows);

  it('reads the dateline’s town, named again later, as a place and not as a runner', () => {
    expect(dataset.athletes.map((a) => a.name)).not.toContain('São Paulo');
  });

  it('gives the world final only the silver, not the gold he was tipped to challenge for', () => {
    expect(rowsOf((n) => n.includes('2037 World Championships'))).toEqual([['Davi Moura', 2, 47.61]]);
    expect(dataset.conflicts.filter((c) => c.field === 'place')).toEqual([]);
  });

  it('puts the race in Doha in May in a race of its own, not in the national championships', () => {
    expect(rowsOf((n) => n.startsWith('Doha'))).toEqual([
      ['Odd Leirvik', 1, null],
      ['Davi Moura', 2, 48.12],
    ]);
    const national = rowsOf((n) => n.includes('Brazilian'));
    expect(national).toContainEqual(['Fabio Teixeira', 1, 48.96]);
    expect(national.filter((row) => row[1] !== null || row[2] !== null)).toHaveLength(1);
  });
});

describe('a marathon preview that names a past win by its town alone', () => {
  const races = deriveReport(
    [
      'London Marathon 2038 preview: Rotich the man to beat',
      '',
      'Published Thursday 22 April 2038',
      '',
      'The London Marathon on Sunday has its deepest men’s field in years.',
      '',
      'Kennedy Rotich of Kenya has become the man to beat. He won Berlin last September in 2:03:49, running the second half alone.',
    ].join('\n'),
  );

  it('reads "won Berlin last September" as a race in Berlin, of the event in hand', () => {
    const berlin = races.find((r) => r.name.startsWith('Berlin'));
    expect(berlin && resultRows(berlin)).toEqual([['Kennedy Rotich', 1, 7429]]);
    expect(berlin?.event?.value).toBe('marathon');
  });
});

describe('an injury story that tells a national title and then a world medal of last summer', () => {
  const races = deriveReport(
    [
      'Hurdler Greene out for the season',
      '',
      'LOS ANGELES (AP) — Dontae Greene pulled up in his heat at the Harbor City Classic in Long Beach on Saturday, May 5, 2040.',
      '',
      'Greene won the U.S. title in Eugene last summer in 13.02, then took silver at the world championships in 12.98, finishing 0.03 seconds behind Jamaica’s Oshane Baptiste.',
      '',
      'The heat was won by Zhang Wei in 13.21. Zhang went on to win the final in 13.15 an hour later.',
    ].join('\n'),
  );

  it('keeps the world medal told after "then" out of the meeting’s final, whose day stays known', () => {
    const final = races.find((r) => r.round?.value === 'final');
    expect(final && resultRows(final)).toEqual([['Zhang Wei', 1, 13.15]]);
    expect(final?.date?.value).toBe('2040-05-05');
    const worlds = races.find((r) => resultRows(r).some((row) => row[0] === 'Oshane Baptiste'));
    expect(worlds && resultRows(worlds)).toEqual([
      ['Oshane Baptiste', 1, null],
      ['Dontae Greene', 2, 12.98],
    ]);
  });
});
