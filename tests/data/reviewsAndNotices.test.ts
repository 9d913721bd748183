/**
 * Readings found in sets 136 to 139 (h1609, h1612, h1623, h1630, h1640, h1647, h1648, h1649): a season
 * review told month by month, a doping story's results that "would be annulled", a results notice
 * of a road mile, a podcast's time-stamped show notes, a radio bulletin's spoken times, and names
 * with particles ("arap", "de la", "St"). Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf } from '../helpers/reportRaces';

describe('a doping story on a marathon runner', () => {
  const found = raceRowsOf(
    'ADDIS ABABA, April 11, 2033 (AFP) - Marathon runner Worknesh Alemu Tola has been provisionally suspended, the AIU said on Monday.',
    '',
    "However her third place at the Nagoya Marathon on March 6, where she clocked a personal best of 2:18:30, would be annulled if the violation is confirmed. That race was won by Japan's Mio Harada in 2:18:05, with Kenya's Beatrice Chepkoech Rono second.",
    '',
    "If Alemu's result were struck from the record, Bahrain's Eunice Kiprop Jebet, fourth in Nagoya in 2:19:12, would be promoted to third and the $40,000 prize for third place would be redistributed, organisers said.",
  );

  it('keeps a result that "would be annulled" in its race, and reads neither "would be promoted to third" nor "the prize for third place" as a place', () => {
    expect(found).toEqual([
      {
        name: 'Nagoya Marathon 2033 – marathon',
        date: '2033-03-06',
        rows: [
          ['Mio Harada', 1, 8285],
          ['Beatrice Chepkoech Rono', 2, null],
          ['Worknesh Alemu Tola', 3, 8310],
          ['Eunice Kiprop Jebet', 4, 8352],
        ],
      },
    ]);
  });
});

describe('a season review told month by month', () => {
  const found = raceRowsOf(
    '2036 IN REVIEW: The year of the long kick',
    '',
    'JUNE: THE BISLETT NIGHT',
    'Henrik Vaage-Solli won the 5000m at the Bislett Games in 12:49.66. Abebe Tilahun Worku was second in 12:55.02.',
    '',
    'AUGUST: THE OLYMPIC 10,000M',
    'The Olympic 10,000m final was run on Friday 1 August. Abebe Tilahun Worku took the gold in 27:18.44, Henrik Vaage-Solli the silver in 27:18.90, and Samuel Okot Lomuria the bronze in 27:19.05.',
    '',
    'THE 5000M: REVENGE',
    'Samuel Okot Lomuria was ninth in his 5000m heat on 5 August and did not make the final.',
    '',
    'The final, on 8 August, was won by Vaage-Solli in 13:02.45. Tilahun was second.',
    '',
    'SEPTEMBER: A SOUR END',
    'The Weltklasse meeting in Zurich was supposed to be a rubber match. It was not. Vaage-Solli dropped out with three laps to go, leaving Tilahun to win the 5000m in 12:58.30.',
  );
  const named = (name: string) => found.find((r) => r.name === name);

  it('reads "A took the gold in T, B the silver in U" as B second in U', () => {
    expect(named('2036 Olympics – 10000m final')?.rows).toEqual([
      ['Abebe Tilahun Worku', 1, 1638.44],
      ['Henrik Vaage-Solli', 2, 1638.9],
      ['Samuel Okot Lomuria', 3, 1639.05],
    ]);
  });

  it('takes "THE 5000M" after the Olympic 10,000m for the Olympic 5000m, not the Bislett Games 5000m', () => {
    expect(named('2036 Olympics – 5000m heat')).toEqual({
      name: '2036 Olympics – 5000m heat',
      date: '2036-08-05',
      rows: [['Samuel Okot Lomuria', 9, null]],
    });
    expect(named('Oslo Diamond League – 5000m')?.rows).toEqual([
      ['Henrik Vaage-Solli', 1, 769.66],
      ['Abebe Tilahun Worku', 2, 775.02],
    ]);
  });

  it('keeps "Tilahun was second" in the 5000m final just named, though he won the 10,000m', () => {
    expect(named('2036 Olympics – 5000m final')?.rows).toEqual([
      ['Henrik Vaage-Solli', 1, 782.45],
      ['Abebe Tilahun Worku', 2, null],
    ]);
  });

  it('reads "leaving X to win the 5000m" as a win of the 5000m at the meeting named just before', () => {
    expect(named('Zurich Diamond League – 5000m')?.rows).toEqual([
      ['Abebe Tilahun Worku', 1, 778.3],
      ['Henrik Vaage-Solli', null, null],
    ]);
  });
});

describe('a results notice of a road mile', () => {
  const found = raceRowsOf(
    'RESULTS NOTICE — 2031 QUAYSIDE ROAD MILE',
    'Lunenburg, Sunday 14 September 2031',
    'Provisional until 18:00 Monday; protests to the referee.',
    '',
    'ELITE & OPEN WOMEN (start 10:05)',
    'Pl  Bib  Name                        Club                    Time',
    ' 1   12  Colette Arsenault-Doiron    Quayside Striders       4:38.4',
    ' 2    7  Ines Brathwaite-Kerr        Tidewater TC            4:40.1',
    '',
    'ELITE & OPEN MEN (start 10:25)',
    'Pl  Bib  Name                        Club                    Time',
    ' 1    3  Rémi Thériault-Cormier      Moncton Athletics       4:01.7',
    ' 2    1  Declan Fitzmaurice-Lowe     Quayside Striders       4:02.3',
  );

  it('reads "ELITE & OPEN WOMEN (start 10:05)" as the women\'s race, and "Provisional until 18:00 Monday" as no race\'s day', () => {
    expect(found).toEqual([
      {
        name: "Quayside Road Mile 2031 – Men's mile",
        date: '2031-09-14',
        rows: [
          ['Rémi Thériault-Cormier', 1, 241.7],
          ['Declan Fitzmaurice-Lowe', 2, 242.3],
        ],
      },
      {
        name: "Quayside Road Mile 2031 – Women's mile",
        date: '2031-09-14',
        rows: [
          ['Colette Arsenault-Doiron', 1, 278.4],
          ['Ines Brathwaite-Kerr', 2, 280.1],
        ],
      },
    ]);
  });
});

describe("a podcast's show notes with time stamps", () => {
  const found = raceRowsOf(
    'THE HOME STRAIGHT — Episode 88',
    '',
    'Published Friday 13 June 2036',
    '',
    "Recorded the morning after Thursday's (12 June) Stockholm Diamond League, with a lot of opinions about the women's 5000 metres. Plus: the men's Dream Mile, and a listener question.",
    '',
    "[03:40] Women's 5000m. Ethiopia's Alemitu Desta Haile pushed from 3K and broke the meeting record.",
    '',
    '| Pos | Athlete              | Nat | Time     |',
    '|-----|----------------------|-----|----------|',
    '| 1   | Alemitu Desta Haile  | ETH | 14:21.73 |',
    '| 2   | Mercy Atieno Omondi  | KEN | 14:24.05 |',
    '',
    "[27:02] The men's Dream Mile. Norway's Eirik Brattvold won in 3:47.92.",
  );

  it('takes "[03:40] Women\'s 5000m." for a section on that race, not the mile named last', () => {
    expect(found).toEqual([
      {
        name: "Stockholm Diamond League 2036 – Women's 5000m",
        date: '2036-06-12',
        rows: [
          ['Alemitu Desta Haile', 1, 861.73],
          ['Mercy Atieno Omondi', 2, 864.05],
        ],
      },
      { name: 'Dream Mile – mile', date: null, rows: [['Eirik Brattvold', 1, 227.92]] },
    ]);
  });
});

describe('a radio bulletin on a steeplechase', () => {
  const found = raceRowsOf(
    'Posted: Sunday, 27 June 2032, 20:15 EAT',
    '',
    "Kipchirchir Kiptoo arap Ruto won the men's 3000m steeplechase final at the African Championships in Gaborone on Sunday. Ruto clocked eight minutes 14.06 seconds, holding off Ethiopia's Dawit Gebre Meskel, who was timed at eight minutes 15.31.",
  );

  it('reads "arap" as a particle of one name, and "eight minutes 15.31" as a time without its unit', () => {
    expect(found).toEqual([
      {
        name: "African Championships 2032 – Men's 3000m steeplechase final",
        date: '2032-06-27',
        rows: [
          ['Kipchirchir Kiptoo arap Ruto', 1, 494.06],
          ['Dawit Gebre Meskel', null, 495.31],
        ],
      },
    ]);
  });
});

describe('a wire story on a suspended distance runner', () => {
  const found = raceRowsOf(
    'Mexican distance star Ibarra de la Peña provisionally suspended',
    '',
    'MONTE CARLO (AP) — Pan American Games champion Ana Sofía Ibarra de la Peña has been provisionally suspended, the Athletics Integrity Unit said Tuesday.',
    '',
    'Ibarra de la Peña, 28, has the right to request analysis of her B sample. She won the 10,000 meters at the 2039 Pan American Games in 31:02.44, and a month later finished fifth in the 5,000 final at the world championships, running 14:39.80.',
    '',
    'She is a two-time winner of World Marathon Majors races. The world record, 2:08:31, remains a long way off.',
  );

  it('reads "Ibarra de la Peña" as the runner named in full, and "the 5,000 final at the world championships" as one race', () => {
    expect(found).toEqual([
      {
        name: '2039 World Championships – 5000m final',
        date: null,
        rows: [['Ana Sofía Ibarra de la Peña', 5, 879.8]],
      },
      {
        name: 'Pan American Games 2039 – 10000m',
        date: null,
        rows: [['Ana Sofía Ibarra de la Peña', 1, 1862.44]],
      },
    ]);
  });

  it('reads neither "a two-time winner of" as a win nor "The world record, 2:08:31," as a time run', () => {
    expect(found.some((r) => /marathon/i.test(r.name))).toBe(false);
    expect(found.flatMap((r) => r.rows).some((row) => row[2] === 7711)).toBe(false);
  });
});

describe('a sprint story on a runner whose surname opens with "St"', () => {
  const found = raceRowsOf(
    "KINGSTON, Monday 28 June 2038 - Jamaica's national 100 metres champion Odane St Aubyn-Clarke will miss the Commonwealth Games.",
    '',
    "On Thursday Odane St Aubyn-Clarke won the 100m final at the national championships in 9.947, ahead of Kemar Brissett-Hylton in 9.981. St Aubyn-Clarke's coach was delighted.",
  );

  it('reads "Odane St Aubyn-Clarke" as one name, "St" without its dot', () => {
    expect(found[0]?.rows[0]).toEqual(['Odane St Aubyn-Clarke', 1, 9.947]);
    expect(found[0]?.date).toBe('2038-06-24');
  });
});
