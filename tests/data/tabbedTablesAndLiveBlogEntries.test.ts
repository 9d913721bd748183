/**
 * Readings found in a federation's machine-translated indoor championships post, a cross-country live
 * blog, a wire report on a world final and a radio commentary transcript of the held-out sets: a table
 * set out in tabs with no header (a club column beside the name), a venue after "at", a Gaelic
 * surname written before the full name, a name with lower-case particles in a bulleted key point,
 * "13:05 — SENIOR WOMEN, 8,000m." opening a live blog's entry,
 * "the European title" of the European Cross Country Championships, "d'Aubigny" opening a sentence,
 * ", X hangs on for bronze" opening a clause, "won last year's title", "The 2031 championships …
 * continue on Friday", "a finalist at the last two Olympics", "The Kenya Defence Forces athlete", an
 * edition's unknown city and year ("World Athletics Championships, Perth 2035") and a river on the
 * course; from a club parent’s blog, "THE SENIOR WOMEN" heading a section, "the 8K." ending a sentence,
 * "a country mile", "the five-mile mark" and a date line with a note after a dash. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { athletesOf, deriveReport, resultRows, rowsOf } from '../helpers/reportRaces';

describe('a federation’s post with results set out in tabs under no header', () => {
  const races = deriveReport(
    [
      'National indoor championships: Meijer takes the 60m hurdles',
      '',
      'Atletiekbond (National Athletics Union) – news, 16 February 2037 – machine-translated from the Dutch, lightly edited',
      '',
      'Anna Meijer won the 60 metres hurdles final on Sunday afternoon at Sportcentrum Zuid in 7.98.',
      '',
      'WOMEN 60M HURDLES – FINAL (Sunday 15 February)',
      '1\tAnna Meijer\tAV Rotterdam\t7.98\tPB',
      '2\tSanne Kuipers\tAV Zwolle\t8.02',
      '3\tLotte de Boer\tPhanos\t8.11\tSB',
    ].join('\n'),
  );

  it('reads the name from its own cell, not with the club beside it', () => {
    expect(rowsOf(races, /final/)).toEqual([
      ['Anna Meijer', 1, 7.98],
      ['Sanne Kuipers', 2, 8.02],
      ['Lotte de Boer', 3, 8.11],
    ]);
  });

  it('takes the venue after "at" for no runner', () => {
    expect(athletesOf(races)).not.toContain('Sportcentrum Zuid');
  });
});

describe('a cross-country championships live blog', () => {
  const races = deriveReport(
    [
      'European Cross Country Championships 2034: as it happened',
      '',
      'Live | Sunday 10 December 2034 — Abbotstown, Dublin.',
      '',
      'KEY POINTS',
      '• Ireland’s Orla Ní Chonaill wins senior women’s gold',
      '• Belgium’s Pieter van den Bossche retains men’s title',
      '',
      '13:05 — SENIOR WOMEN, 8,000m. Fifty starters on a muddy course.',
      '',
      '13:18 — Halfway. Ní Chonaill sits in a chasing trio with France’s Manon d’Ormesson.',
      '',
      '13:31 — Orla Ní Chonaill crosses the line in 27:48 to win the European title. Nobody got near her. d’Ormesson comes through late for silver in 27:55, Ruiz hangs on for bronze in 28:01. Spain’s Lucía Ruiz had led early.',
      '',
      '14:10 — SENIOR MEN, 10,000m. Van den Bossche, who won last year’s title in 29:32, is the favourite.',
      '',
      '14:37 — He wins in 29:14.',
    ].join('\n'),
  );

  it('opens each entry’s race on its heading, and reads the women’s podium in order', () => {
    const women = races.find((r) => r.sex?.value === 'women' && r.date?.value === '2034-12-10');
    expect(women && resultRows(women)).toEqual([
      ['Orla Ní Chonaill', 1, 1668],
      ["Manon d'Ormesson", 2, 1675],
      ['Lucía Ruiz', 3, 1681],
    ]);
    expect(races.every((r) => !/European Championships/.test(r.name))).toBe(true);
  });

  it('gives the men’s race its winner, and last year’s title to last year’s race', () => {
    const men = races.filter((r) => r.sex?.value === 'men');
    expect(men.find((r) => r.date?.value === '2034-12-10')?.results.map((x) => x.athlete)).toEqual([
      'Pieter van den Bossche',
    ]);
    expect(men.flatMap(resultRows)).toContainEqual(['Pieter van den Bossche', 1, 1772]);
    expect(men.flatMap(resultRows)).toContainEqual(['Pieter van den Bossche', 1, 1754]);
  });
});

describe('a wire report on a world final whose year comes late', () => {
  const races = deriveReport(
    [
      'Athletics-Moreau ends long wait with world 800m gold',
      '',
      'LAGOS, Aug 14 (Reuters) - France’s Camille Moreau struck gold at the world championships on Thursday, winning the women’s 800 metres final in 1:56.61.',
      '',
      'Moreau had been fourth in the 2027 world final.',
      '',
      'The Kenya Defence Forces athlete Ruth Chebet took silver in 1:56.90, while Dutchwoman Fleur Bakker, a finalist at the last two Olympics, was fourth in 1:57.40.',
      '',
      'Moreau had won the second semi-final on Tuesday in 1:58.11.',
      '',
      'The 2031 championships, the first held in West Africa, continue on Friday.',
    ].join('\n'),
  );

  it('dates the final and its semi-final in the championships’ own year', () => {
    expect(races.find((r) => r.round?.value === 'final' && r.date)?.date?.value).toBe('2031-08-14');
    expect(races.find((r) => r.round?.value === 'semi-final')?.date?.value).toBe('2031-08-12');
  });

  it('keeps a fourth place in the final, not the Olympics named in an apposition', () => {
    const final = races.find((r) => r.date?.value === '2031-08-14');
    expect(final && resultRows(final)).toContainEqual(['Fleur Bakker', 4, 117.4]);
    expect(athletesOf(races)).not.toContain('Defence Forces');
  });
});

describe('a radio commentary transcript from a championships in a city the tables do not know', () => {
  const races = deriveReport(
    [
      'RADIO COMMENTARY TRANSCRIPT — World Athletics Championships, Perth 2035',
      'Women’s marathon, Saturday 4 August',
      '',
      'HOST: And past the 35-kilometre point on the Swan River foreshore the clock says 1:59:51.',
      '',
      'HOST: Joyline Kirwa, the Kenyan, wins it in 2:24:38! And Misaki Tokuda takes silver in 2:24:59!',
    ].join('\n'),
  );

  it('dates the race in the edition’s year, and takes the river for no runner', () => {
    expect(races.map((r) => r.date?.value)).toContain('2035-08-04');
    expect(athletesOf(races)).not.toContain('Swan River');
  });
});

describe('a club parent’s cross-country blog with a section for each race', () => {
  const races = deriveReport(
    [
      'MUD AND CAKE',
      '',
      'National Champs 2030: the hill did its worst',
      '',
      'Saturday 23 February 2030 – written on the coach home',
      '',
      'THE SENIOR WOMEN',
      '',
      'Grace Adeyinka led from the first climb and won by a country mile in 30:41 for the 8K. Lucy Fenwick was second in 30:58.',
      '',
      'THE SENIOR MEN',
      '',
      'Hamish Carr pulled away just after the five-mile mark and won in 38:12.',
    ].join('\n'),
  );

  it('opens each race on its section heading, and dates both from the line under the title', () => {
    const women = races.find((r) => r.sex?.value === 'women');
    const men = races.find((r) => r.sex?.value === 'men');
    expect(women && resultRows(women)).toEqual([
      ['Grace Adeyinka', 1, 1841],
      ['Lucy Fenwick', 2, 1858],
    ]);
    expect(men && resultRows(men)).toEqual([['Hamish Carr', 1, 2292]]);
    expect(races.map((r) => r.date?.value)).toEqual(['2030-02-23', '2030-02-23']);
  });

  it('takes "a country mile" and "the five-mile mark" for no race', () => {
    expect(races.some((r) => /mile/.test(r.event?.value ?? ''))).toBe(false);
  });
});
