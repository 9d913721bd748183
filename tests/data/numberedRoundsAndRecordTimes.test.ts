/**
 * Readings found while re-reading held-out sets 106 to 109: live blogs' recaps of numbered
 * semi-finals and heats ("Semi 2 - …", "Semi one – …", "Second semi-final of …", "Heat two of … goes
 * to …"), a winning time told as "a championship record of", a win after "while everyone else tied
 * up", a double surname, a national title won elsewhere, and a newspaper's lede with its epithets.
 * Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf } from '../helpers/reportRaces';

const races = raceRowsOf;

describe('a live blog recap of numbered semi-finals', () => {
  const found = races(
    'Baltic Championships 2034, day two - as it happened',
    '',
    'Riga, Friday 11 August 2034. Latest updates first.',
    '',
    '22:33',
    "The men's 100m final result:",
    '1. Rasmus Tamm (EST) 10.05',
    '2. Janis Ozols (LAT) 10.09',
    '3. Pieter van Rooij (NED) 10.12',
    '4. Mikkel Kask (EST) 10.20',
    '',
    '20:12',
    "Men's 100m semi-final results, in case you missed them:",
    'Semi 1 - van Rooij 10.11, Ozols 10.15',
    'Semi 2 - Tamm 10.08, Kacper Nowicki (POL) second in 10.19 (out)',
    "Semi 3 - Kask 10.16 won it from Finland's Eetu Laine",
  ).filter((r) => r.name.includes('semi-final'));

  it('puts each "Semi N - " line of surnames and times in its own semi-final, in order', () => {
    expect(found[0]).toEqual({
      name: "Baltic Championships 2034 – Men's 100m semi-final 1",
      date: '2034-08-11',
      rows: [
        ['Pieter van Rooij', 1, 10.11],
        ['Janis Ozols', 2, 10.15],
      ],
    });
  });

  it('reads a runner named in full with a country code and a place in words as the next place', () => {
    expect(found[1]?.rows).toEqual([
      ['Rasmus Tamm', 1, 10.08],
      ['Kacper Nowicki', 2, 10.19],
    ]);
  });

  it('reads a line without a full stop that tells who won the semi-final', () => {
    expect(found[2]).toEqual({
      name: "Baltic Championships 2034 – Men's 100m semi-final 3",
      date: '2034-08-11',
      rows: [
        ['Mikkel Kask', 1, 10.16],
        ['Eetu Laine', 2, null],
      ],
    });
  });
});

describe('a winning time told as a record "of" it', () => {
  it('is the winner\'s time after "gold in a championship record of"', () => {
    expect(
      races(
        'Baltic Championships 2034',
        '',
        'Riga, Friday 11 August 2034.',
        '',
        "Greece's Eleni Papadopoulou won women's 400m hurdles gold in a championship record of 53.21.",
      ),
    ).toEqual([
      {
        name: "Baltic Championships 2034 – Women's 400m hurdles",
        date: '2034-08-11',
        rows: [['Eleni Papadopoulou', 1, 53.21]],
      },
    ]);
  });
});

describe('a newest-first live blog of two finals and the rounds before them', () => {
  const found = races(
    'LIVE: Nordic Championships day three',
    'Monday 24 August 2037 · Latest entries first',
    '',
    '22:35',
    "The official results of the men's 100m final:",
    '1. Tobias Lindgren (SWE) 9.95',
    '2. Kalle Virtanen (FIN) 9.98',
    '3. Emmanuel Osei Boateng (NOR) 10.02',
    '',
    '22:05',
    "Gold for Denmark in the women's 400m hurdles! Sanne Holm was through 200m in 23.9, kept going over the last two barriers while everyone else tied up, and won in 54.61.",
    '',
    '21:52',
    'A reminder of how the sprinters got here in the semi-finals earlier this evening:',
    'Semi one – Lindgren won in 10.01, Virtanen scraped through in third in 10.09.',
    'Semi two – Osei Boateng won in 10.05.',
    '',
    '21:40',
    "Heat two of the women's 1500m goes to Finland's Aino Laine in 4:13.55.",
  );
  const rowsOf = (name: string): (string | number | null)[][] | undefined =>
    found.find((r) => r.name === `Nordic Championships 2037 – ${name}`)?.rows;

  it('gives the win to the runner who "kept going … while everyone else tied up, and won"', () => {
    expect(rowsOf("Women's 400m hurdles final")).toEqual([['Sanne Holm', 1, 54.61]]);
  });

  it("puts a recap's numbered semi-finals in the event their times fit, not the final told just before", () => {
    expect(rowsOf("Men's 100m semi-final 1")).toEqual([
      ['Tobias Lindgren', 1, 10.01],
      ['Kalle Virtanen', 3, 10.09],
    ]);
  });

  it('knows a runner by the two words of a surname a list wrote in full', () => {
    expect(rowsOf("Men's 100m semi-final 2")).toEqual([['Emmanuel Osei Boateng', 1, 10.05]]);
  });

  it('reads "Heat two of the women\'s 1500m goes to X" as X winning that heat', () => {
    expect(rowsOf("Women's 1500m heat 2")).toEqual([['Aino Laine', 1, 253.55]]);
  });
});

describe('a live blog sentence that opens on an ordinal round', () => {
  it('is that heat or semi-final of the event named after it', () => {
    expect(
      races(
        'European Indoor Championships 2034, day two',
        'Saturday 18 March 2034',
        '',
        '20:41',
        "Second semi-final of the women's 60m hurdles goes to Jamaica's Tia Grant in 7.89.",
      ),
    ).toEqual([
      {
        name: "European Indoor Championships 2034 – Women's 60m hurdles semi-final 2",
        date: '2034-03-18',
        rows: [['Tia Grant', 1, 7.89]],
      },
    ]);
  });
});

describe('a national title won elsewhere, told in an injury story', () => {
  it("is the national championships' race, apart from the meeting where the injury happened", () => {
    const found = races(
      'Hurdler faces race against time',
      '',
      "PARIS, June 27, 2032 (AP) - Jamaica's Shanice Whyte-Barrett was injured at the Paris Diamond League on Saturday.",
      '',
      "American Kendra O'Neal-Harris won the race in 12.31 seconds, with Chiamaka Okafor second in 12.38.",
      '',
      'Whyte-Barrett was in the form of her life, having won the Jamaican title in Kingston a fortnight ago in 12.29, ahead of Tia-Marie Campbell, second in 12.44.',
    );
    expect(found.map((r) => [r.name, r.rows])).toEqual([
      [
        'Paris Diamond League 2032',
        [
          ["Kendra O'Neal-Harris", 1, 12.31],
          ['Chiamaka Okafor', 2, 12.38],
        ],
      ],
      [
        'National Championships',
        [
          ['Shanice Whyte-Barrett', 1, 12.29],
          ['Tia-Marie Campbell', 2, 12.44],
        ],
      ],
    ]);
  });
});

describe("a newspaper's lede and its epithets", () => {
  const found = races(
    'Brissett-Palmer completes sprint double',
    '',
    'Monday, June 28, 2032',
    '',
    'OSHANE Brissett-Palmer is the undisputed king of the National Stadium.',
    '',
    "Three nights after storming to victory in the 100m final in 9.91 seconds, the lanky Racers Track Club sprinter completed the double at the JAAA National Senior Championships on Sunday, running 19.87 seconds to win the men's 200m final ahead of Romario McLean (20.01) and Jevaughn Thompson-Hyde (20.09).",
    '',
    "In the women's 200m final, Shanice Rowe-Barrett ran 22.08 to defend her title, finishing clear of Tia-Marie Ellington (22.19) and Danielle O'Gilvie (22.35), who snatched the final podium spot with a dip.",
  );

  it('names the runner whose given name opens the lede in capitals, and gives him the win his epithet tells', () => {
    expect(found.find((r) => r.name.endsWith("Men's 200m final"))?.rows).toEqual([
      ['Oshane Brissett-Palmer', 1, 19.87],
      ['Romario McLean', 2, 20.01],
      ['Jevaughn Thompson-Hyde', 3, 20.09],
    ]);
  });

  it('reads "ran 22.08 to defend her title, finishing clear of A and B" as first, second and third', () => {
    expect(found.find((r) => r.name.endsWith("Women's 200m final"))?.rows).toEqual([
      ['Shanice Rowe-Barrett', 1, 22.08],
      ['Tia-Marie Ellington', 2, 22.19],
      ["Danielle O'Gilvie", 3, 22.35],
    ]);
  });
});
