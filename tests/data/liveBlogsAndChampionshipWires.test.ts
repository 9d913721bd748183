/**
 * Readings found on held-out set 59 (wires and newspapers on championship rounds, a live blog, a
 * translated marathon report): a medal's year told after it ("the Olympic 100m silver in 2032"), a
 * round named by a pronoun's race ("she had won her heat"), a status told of the name before it ("a
 * final that ended with X disqualified"), "who was sixth at these championships in 2029", road times
 * written "2h09:47", "the heat of Lisbon", "had more of a plot", a race told "yesterday" after a run
 * of past places, "Elsewhere, X won the men's 110m hurdles", and a live blog's "SF1: Sato 20.29, …"
 * lines; and from set 60 and 59's Commonwealth report, a bare event line over a results list ("1500m")
 * and weekdays counted back from the day a meeting closes. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';
import type { Race } from '../../src/model/types';

const named = (races: Race[], pattern: RegExp): Race[] => races.filter((r) => pattern.test(r.name));

describe('a wire on a world championship 100m', () => {
  const races = deriveReport(
    [
      'Marlow edges Obi to world 100m crown',
      '',
      "OSLO, Aug 20 (Reuters) - Jamaica's Dane Marlow won the men's 100 metres at the World Athletics Championships on Sunday in 9.84, with American Tobi Obi second in 9.86.",
      '',
      '"It was close," said Obi, who also took the Olympic 100m silver in 2032. "I will be back."',
      '',
      "In the women's 100m heats earlier on Sunday, Ghana's Efua Mensah won her heat in 11.02.",
    ].join('\n'),
  );

  it("reads a medal's year told after it as that past race, and keeps the day's heats at the championships", () => {
    const olympic = named(races, /2032/);
    expect(olympic.map(resultRows)).toEqual([[['Tobi Obi', 2, null]]]);
    const heats = races.filter((r) => r.round?.value === 'heat');
    expect(heats.map((r) => [r.competition?.value.kind, r.sex?.value])).toEqual([
      ['world-championships', 'women'],
    ]);
    expect(heats.map(resultRows)).toEqual([[['Efua Mensah', 1, 11.02]]]);
  });
});

describe('an AP report on European indoor 800m finals', () => {
  const races = deriveReport(
    [
      'Ruiz and Visser take 800 titles',
      '',
      "GHENT, Belgium (AP) — Tomás Ruiz of Spain won the men's 800 meters at the European Indoor Championships on Sunday, in a final that ended with Britain's Carl Ash disqualified.",
      '',
      "Ruiz crossed the line in 1:45.62. Poland's Jan Wrona was second in 1:45.70.",
      '',
      "Ruiz, who was sixth at these championships in 2029 in Istanbul, had come through Friday's heats and Saturday's semifinals without trouble.",
      '',
      "In the women's 800, Femke Visser of the Netherlands won in 1:59.87. Ireland's Aoife Nolan was second in 2:00.15.",
      '',
      'On Friday Visser had won her heat in 2:02.41, the fastest of the morning.',
    ].join('\n'),
  );

  it('gives a status to the name it follows, not to the winner who is the subject', () => {
    const final = races.find((r) => r.sex?.value === 'men' && r.round?.value === 'final');
    expect(final && resultRows(final).slice(0, 2)).toEqual([
      ['Tomás Ruiz', 1, 105.62],
      ['Jan Wrona', 2, 105.7],
    ]);
  });

  it('reads "who was sixth at these championships in 2029" as that edition, not a round of today\'s', () => {
    expect(named(races, /2029/).map(resultRows)).toEqual([[['Tomás Ruiz', 6, null]]]);
    expect(races.some((r) => r.round?.value === 'semi-final')).toBe(false);
  });

  it("puts her heat in the women's race told before it, not the men's heats", () => {
    const heats = races.filter((r) => r.round?.value === 'heat' && r.results.length > 0);
    expect(heats.map((r) => [r.sex?.value, resultRows(r)])).toEqual([
      ['women', [['Femke Visser', 1, 122.41]]],
    ]);
  });
});

describe('a translated report on a continental marathon', () => {
  const races = deriveReport(
    [
      '[Translated from the Spanish. Published Monday 14 August 2034.]',
      '',
      'ORTIZ, EUROPEAN CHAMPION IN THE HEAT OF LISBON',
      '',
      "Lisbon — Pablo Ortiz won the marathon of the European Championships on Sunday in 2h09:47, eleven seconds ahead of France's Nadir Ben (2h09:58).",
      '',
      'The leading group passed the half-marathon in 1h04:10, a conservative pace.',
    ].join('\n'),
  );

  it('reads road times written "2h09:47", and not a half-marathon passed in 1h04:10 as a race', () => {
    const marathons = races.filter((r) => r.event?.value === 'marathon');
    expect(marathons.map(resultRows)).toEqual([
      [
        ['Pablo Ortiz', 1, 7787],
        ['Nadir Ben', null, 7798],
      ],
    ]);
    expect(races.filter((r) => r.results.length > 0)).toHaveLength(1);
  });

  it('takes "the heat of Lisbon" for the weather, not a round', () => {
    expect(races.map((r) => r.round?.value ?? null)).not.toContain('heat');
  });
});

describe('a newspaper report on national championships', () => {
  const races = deriveReport(
    [
      'Kelly finally lands the title',
      '',
      'Monday, July 30, 2029',
      '',
      "Third in 2026 and second again last summer, Cian Kelly finally won the men's national 1,500m title in Santry yesterday, crossing the line in 3:41.27.",
      '',
      'Eoin Walsh was second in 3:41.49.',
      '',
      'Darragh Fitz won the second heat on Saturday in 3:47.95.',
      '',
      "The women's 1,500m final had more of a plot. Ciara Moore won in 4:12.36 and Niamh Flood held on for second in 4:12.81.",
      '',
      "Elsewhere yesterday, Ruairí Flynn ran 13.41 to win the men's 110m hurdles.",
    ].join('\n'),
  );

  it('reads the race told "yesterday" as the day\'s final, after a run of past places', () => {
    const final = races.find((r) =>
      r.results.some((x) => x.athlete === 'Cian Kelly' && x.place?.value === 1),
    );
    expect(final && [final.date?.value, resultRows(final)]).toEqual([
      '2029-07-29',
      [
        ['Cian Kelly', 1, 221.27],
        ['Eoin Walsh', 2, 221.49],
      ],
    ]);
  });

  it('does not take "had more of a plot" for history', () => {
    const women = races.filter((r) => r.sex?.value === 'women');
    expect(women.map((r) => [r.event?.value, r.round?.value, resultRows(r)])).toEqual([
      [
        '1500m',
        'final',
        [
          ['Ciara Moore', 1, 252.36],
          ['Niamh Flood', 2, 252.81],
        ],
      ],
    ]);
  });

  it('keeps the hurdles, told elsewhere, apart from the heat told before', () => {
    const hurdles = races.filter((r) => r.event?.value === '110m hurdles');
    expect(hurdles.map((r) => [r.round?.value ?? null, resultRows(r)])).toEqual([
      [null, [['Ruairí Flynn', 1, 13.41]]],
    ]);
  });
});

describe('a live blog with its semi-finals in short lines', () => {
  const races = deriveReport(
    [
      'LIVE: Asian Championships 2030, Hangzhou – Day 4',
      'Saturday 25 May 2030',
      '',
      "21:12 – Confirmed men's 200m final result:",
      '1 Haruto Sato JPN 20.08',
      '2 Yousef Abdulla QAT 20.19',
      '3 Wei Jianhao CHN 20.31',
      '– Bandar Harbi KSA DQ (lane infringement)',
      '',
      "20:41 – Recap of this afternoon's men's 200m semi-finals:",
      'SF1: Sato 20.29, Harbi 20.50',
      'SF2: Abdulla 20.22, Wei 20.35',
      "Eliminated: Sri Lanka's Dinuka Perera, who was fourth in SF2 in 20.71.",
    ].join('\n'),
  );

  it('reads "SF1:" lines as numbered semi-finals, a family name first, and a dashed DQ line', () => {
    const semis = races.filter((r) => r.round?.value === 'semi-final');
    expect(semis.map(resultRows)).toEqual([
      [
        ['Haruto Sato', 1, 20.29],
        ['Bandar Harbi', 2, 20.5],
      ],
      [
        ['Yousef Abdulla', 1, 20.22],
        ['Wei Jianhao', 2, 20.35],
        ['Dinuka Perera', 4, 20.71],
      ],
    ]);
    const final = races.find((r) => r.round?.value === 'final');
    expect(final?.results.map((x) => x.athlete)).toContain('Bandar Harbi');
  });
});

describe('a newspaper report from the Commonwealth Games, dated by the day the Games close', () => {
  const races = deriveReport(
    [
      'Commonwealth Games 2030: Grant wins hurdles by a whisker',
      '',
      "On Thursday night Jamaica's Shani Grant won the women's 100m hurdles final in 12.48, with Scotland's Kirsty Lowe second in 12.50.",
      '',
      'Lowe had been quickest into the final, winning her semi-final on Tuesday in 12.58.',
      '',
      'The Games close on Sunday, August 4.',
    ].join('\n'),
  );

  it('reads the year after the name and counts the weekdays back from the closing day', () => {
    const rows = races.map((r) => [r.competition?.value.name, r.round?.value, r.date?.value]);
    expect(rows.sort((a, b) => String(a[2]).localeCompare(String(b[2])))).toEqual([
      ['Commonwealth Games 2030', 'semi-final', '2030-07-30'],
      ['Commonwealth Games 2030', 'final', '2030-08-01'],
    ]);
  });
});

describe('a results sheet with a bare event line over each list', () => {
  const races = deriveReport(
    [
      'Indoor meeting results',
      'Torun - Tuesday 14 February 2040',
      '',
      '60m - Final',
      '1. Tremaine Gordon (USA) 6.49 WL',
      '2. Kacper Wroblewski (POL) 6.52 PB',
      '',
      '1500m',
      '1. Adrian Castano (ESP) 3:34.18',
      '2. Magnus Solheim (NOR) 3:34.52',
    ].join('\n'),
  );

  it('puts the list under "1500m" in a 1500m race, not the 60m final above it', () => {
    expect(races.map((r) => [r.event?.value, resultRows(r)])).toEqual([
      [
        '1500m',
        [
          ['Adrian Castano', 1, 214.18],
          ['Magnus Solheim', 2, 214.52],
        ],
      ],
      [
        '60m',
        [
          ['Tremaine Gordon', 1, 6.49],
          ['Kacper Wroblewski', 2, 6.52],
        ],
      ],
    ]);
  });
});
