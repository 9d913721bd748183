/**
 * Readings found while reading held-out sets 110 to 112 (and h1210 of set 103): a round that "goes to"
 * its winner, national trials "for the World Championships", a weekend's two marathons, a past edition
 * beside this one's races, a final with its earlier rounds told in passing, a team selection that tells
 * no race, a club newsletter's table, and numbered semi-final headings. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf } from '../helpers/reportRaces';

const races = raceRowsOf;

describe('a round that "goes to" its winner', () => {
  it('gives the winner the time told after the name and country', () => {
    const found = races(
      'World Indoor Championships, Torun.',
      '',
      "Second semi-final of the women's 60m hurdles goes to Marisol Quaye of Ghana in 7.81, the fastest time of the round. Canada's Elodie Marchand is second in 7.93.",
    );
    expect(found.map((r) => r.rows)).toEqual([
      [
        ['Marisol Quaye', 1, 7.81],
        ['Elodie Marchand', 2, 7.93],
      ],
    ]);
  });
});

describe('a report on the national trials for a championship', () => {
  const found = races(
    'Kiprono and Jepleting book their places',
    '',
    'Friday, June 12, 2037',
    '',
    "Titus Kiprono buried the ghosts of two years ago when he won the men's 10,000m final at the national trials for the World Championships at Kasarani yesterday.",
    '',
    'The Kenya Prisons officer clocked 27:40.10 to edge out Amos Rotich (27:40.60), with Paul Kiplagat third in 27:43.90 to complete the three-man team for the World Championships in August.',
    '',
    'Kiprono, 27, was sixth at the 2035 World Championships in 27:59.10.',
    '',
    "Earlier in the afternoon, the women's 25-lap race went to Esther Jepleting in 31:18.40, with Mary Wambui second in 31:20.02.",
  );

  it('is the trials, dated from "yesterday", with the winner named by his service', () => {
    expect(found.find((r) => r.name.includes("Men's 10000m final"))).toEqual({
      name: "National Trials 2037 – Men's 10000m final",
      date: '2037-06-11',
      rows: [
        ['Titus Kiprono', 1, 1660.1],
        ['Amos Rotich', 2, 1660.6],
        ['Paul Kiplagat', 3, 1663.9],
      ],
    });
  });

  it("keeps the runner's past championship apart, and the women's 25-lap race at the trials", () => {
    expect(found.map((r) => r.name)).toEqual([
      "National Trials 2037 – Men's 10000m final",
      "National Trials 2037 – Women's 10000m",
      "2035 World Championships – Men's 10000m",
    ]);
    expect(found[1]?.rows).toEqual([
      ['Esther Jepleting', 1, 1878.4],
      ['Mary Wambui', 2, 1880.02],
    ]);
  });
});

describe("a weekend's two marathons told one after the other", () => {
  const found = races(
    'A brutal weekend in Doha',
    '',
    'Mon Oct 3 2039 - 06:00',
    '',
    "Siobhán Ní Riain came through the heat of Saturday morning's women's marathon at the World Championships in Doha to finish 12th in 2:30:14. It was her best run at a global championship, on a morning when 21 of the 80 starters failed to finish.",
    '',
    'Her team-mate Áine Gorman was in 26th position at 30km but stopped soon afterwards.',
    '',
    "The race itself was won by Kenya's Faith Chepkemoi in 2:24:02, with Japan's Rina Okada second in 2:24:31.",
    '',
    "Sunday's men's race, run in cooler conditions, was won by Ethiopia's Tadesse Alemu in 2:08:40, a championship record on a course that was expected to be slow. Dara Keane was the best of the Irish in 25th in 2:14:02.",
  );

  it("makes the men's race its own, on its own day", () => {
    expect(found.map((r) => [r.name, r.date])).toEqual([
      ["Doha 2039 World Championships – Women's marathon", '2039-10-01'],
      ["Doha 2039 World Championships – Men's marathon", '2039-10-02'],
    ]);
    expect(found[1]?.rows).toEqual([
      ['Tadesse Alemu', 1, 7720],
      ['Dara Keane', 25, 8042],
    ]);
  });

  it('reads no finish from a place at 30km, nor a runner out from a count of starters', () => {
    expect(found[0]?.rows).toEqual([
      ['Faith Chepkemoi', 1, 8642],
      ['Rina Okada', 2, 8671],
      ['Siobhán Ní Riain', 12, 9014],
    ]);
  });
});

describe('a past edition of the championships in hand', () => {
  const report = (lede: string) =>
    races(
      'Sandoval breaks 50 seconds',
      '',
      `BELGRADE, March 11, 2035 (AFP) - Mexico's Lucia Sandoval ${lede}.`,
      '',
      "The 25-year-old, fourth in the final at the 2033 world indoors, was never headed, finishing clear of Poland's Ewa Nowak, who took silver in 50.41.",
      '',
      "Also on Sunday, in the men's 400m final, Botswana's Kabo Sello won in 45.05, ahead of Czech Petr Dvorak (45.30).",
    );

  it("keeps a runner's final there apart from the men's final of this edition", () => {
    const found = report(
      'became the first woman to break 50 seconds in a world indoor final on Sunday, winning the 400 metres in 49.95sec on the closing day of the championships',
    );
    expect(found.map((r) => [r.name, r.date, r.rows])).toEqual([
      [
        "2035 World Indoor Championships – Men's 400m final",
        '2035-03-11',
        [
          ['Kabo Sello', 1, 45.05],
          ['Petr Dvorak', null, 45.3],
        ],
      ],
      [
        "2035 World Indoor Championships – Women's 400m",
        '2035-03-11',
        [
          ['Lucia Sandoval', 1, 49.95],
          ['Ewa Nowak', 2, 50.41],
        ],
      ],
      ['2033 World Indoor Championships – 400m final', null, [['Lucia Sandoval', 4, null]]],
    ]);
  });

  it("takes a host city of an edition long before the report for this year's edition", () => {
    const found = report(
      "won the women's 400 metres in 49.95sec on the closing day of the world indoor championships in Belgrade",
    );
    expect(found.map((r) => [r.name, r.date])).toEqual([
      ["Belgrade 2035 World Indoor Championships – Men's 400m final", '2035-03-11'],
      ["Belgrade 2035 World Indoor Championships – Women's 400m", '2035-03-11'],
      ["2033 World Indoor Championships – Women's 400m final", null],
    ]);
  });
});

describe('a championship final with its earlier rounds told in passing', () => {
  const found = races(
    "Athletics-Japan's Nakamura edges Al-Qahtani for Asian 200m gold",
    '',
    "JAKARTA, July 16 (Reuters) - Japan's Kenta Nakamura won the men's 200 metres final at the Asian Championships on Saturday, catching Saudi Arabian Faisal Al-Qahtani in the final strides to win in 20.11 seconds.",
    '',
    'Al-Qahtani was second in 20.20.',
    '',
    "Home favourite Budi Santoso was fourth in 20.43, just outside the national record of 20.38 he had set in Thursday's heats, while Thailand's Anan Chaiyaporn finished fifth.",
    '',
    "Nakamura's victory gives Japan their first sprint gold of the championships after compatriot Sota Kimura was beaten into second in the 100m final on Thursday evening.",
  );

  it('names a Saudi Arabian runner without his demonym, and keeps the final in hand past a record "he had set in the heats"', () => {
    expect(found.find((r) => r.name.includes('200m'))).toEqual({
      name: "Asian Championships – Men's 200m final",
      date: null,
      rows: [
        ['Kenta Nakamura', 1, 20.11],
        ['Faisal Al-Qahtani', 2, 20.2],
        ['Budi Santoso', 4, 20.43],
        ['Anan Chaiyaporn', 5, null],
      ],
    });
  });

  it('gives the place told "after compatriot X was beaten into second" to that compatriot', () => {
    expect(found.find((r) => r.name.includes('100m'))?.rows).toContainEqual(['Sota Kimura', 2, null]);
  });
});

describe('a team selection that tells no race', () => {
  it('reads no result from the bests set beside the names', () => {
    const found = races(
      'Athletics Canada names marathon team for the 2036 Olympic Games',
      '',
      'OTTAWA — Athletics Canada · News · 20 April 2036',
      '',
      "Athletics Canada today announced the athletes who will represent the country in the men's and women's marathons at the 2036 Olympic Games.",
      '',
      "The men's team is led by Luc Gagnon, 31, of Sherbrooke, whose personal best of 2:06:48 is the fastest ever by a Canadian. He is joined by Owen Reid, 27, of Toronto (personal best 2:08:15) and Ian Fraser, 34, of Halifax (2:09:02), who will be competing at his second Games.",
      '',
      'The selection committee also named two reserves: Noah Tremblay (personal best 2:10:41) and Maya Singh (2:27:05).',
    );
    expect(found.flatMap((r) => r.rows)).toEqual([]);
  });
});

describe("a club's newsletter on a road race", () => {
  it('keeps its results table in the race, past a parkrun "the day before" and a "10K PB"', () => {
    const found = races(
      'RIVERSIDE HARRIERS — CLUB NEWS',
      '',
      'CALDER VALLEY 10K',
      '',
      "Sunday 4 March 2029 brought a record field for the 12th Calder Valley 10K. The race itself was won by Leeds City AC's Kofi Mensah in 29:48.",
      '',
      "Leading the club was Tom Hargreaves, who ran 32:41 for 14th place. Tom's 10K PB of 32:15 still stands.",
      '',
      'Dave Okafor won the M50 category in 38:07, not bad for someone who also ran 19:02 at Roundhay parkrun the day before.',
      '',
      'CLUB RESULTS',
      '',
      'Bib    Name              Pos    Time',
      '412    Tom Hargreaves    14     32:41',
      '988    Ann Doyle         96     35:12',
      '1033   Dave Okafor       112    38:07',
    );
    expect(found.map((r) => [r.name, r.rows])).toEqual([
      [
        'CALDER VALLEY 10K 2029 – 10km',
        [
          ['Kofi Mensah', 1, 1788],
          ['Tom Hargreaves', 14, 1961],
          ['Ann Doyle', 96, 2112],
          ['Dave Okafor', 112, 2287],
        ],
      ],
    ]);
  });
});

describe('a live blog of numbered semi-finals', () => {
  it('numbers each "MEN\'S 800m SEMI-FINAL N" heading\'s race', () => {
    const found = races(
      'European Championships, Lisbon – day four LIVE',
      '',
      'Thursday 12 August 2038',
      '',
      '19:06',
      "MEN'S 800m SEMI-FINAL 1 – and that was tactical.",
      '1 Kacper Nowak (POL) 1:45.12 Q',
      '2 Paul Diallo (FRA) 1:45.30 Q',
      '',
      '19:15',
      "MEN'S 800m SEMI-FINAL 2 – drama. Up front, Spain's Iker Etxebarria won in 1:44.89 from Belgium's Tom Peeters, second in 1:45.02.",
    );
    expect(found.map((r) => [r.name, r.rows])).toEqual([
      [
        "European Championships 2038 – Men's 800m semi-final 1",
        [
          ['Kacper Nowak', 1, 105.12],
          ['Paul Diallo', 2, 105.3],
        ],
      ],
      [
        "European Championships 2038 – Men's 800m semi-final 2",
        [
          ['Iker Etxebarria', 1, 104.89],
          ['Tom Peeters', 2, 105.02],
        ],
      ],
    ]);
  });
});
