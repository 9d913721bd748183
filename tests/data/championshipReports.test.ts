/**
 * Readings found in set 119's regional newspapers (h1403, h1409), broadsheet (h1407), results page
 * (h1406) and news-agency wire (h1411) on championship rounds: a heat and a semi-final told back in a
 * report on the final, a medal left to a rival, sayings that are not medals, places told mid-race,
 * column headers with single-spaced labels, a results page's day headings, and lists without places
 * under a numbered one. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { athletesOf, raceRowsOf } from '../helpers/reportRaces';

describe('a local runner followed through the rounds', () => {
  it("opens the semi-final told two days later, though 'the final qualifying spot' follows", () => {
    const found = raceRowsOf(
      'THE LAKELAND GAZETTE - Monday 11 August 2036',
      '',
      "Kenya's Wairimu Chebet Langat won the women's 1500m final in 3:53.07, covering her last lap in 59.8 seconds to leave Ethiopia's Meseret Haile Gebru with silver in 3:53.64.",
      '',
      '',
      'On Tuesday, August 5, Tilly Ashburner-Kaye finished third in her heat in 4:03.88.',
      '',
      "Two days later came the semi-final, and the race of her life. Australia's Bronte Hallworth won it in 3:58.96, but Tilly hung on for fifth and the final qualifying spot in 3:59.40.",
    );
    expect(found.map((r) => [r.name.replace(/ \(.*\)$/, ''), r.rows])).toEqual([
      ["Women's 1500m heat", [['Tilly Ashburner-Kaye', 3, 243.88]]],
      [
        "Women's 1500m semi-final",
        [
          ['Bronte Hallworth', 1, 238.96],
          ['Tilly Ashburner-Kaye', 5, 239.4],
        ],
      ],
      [
        "Women's 1500m final",
        [
          ['Wairimu Chebet Langat', 1, 233.07],
          ['Meseret Haile Gebru', 2, 233.64],
        ],
      ],
    ]);
  });

  it("reads no medal in 'worth its weight in gold', said of a coach", () => {
    const found = raceRowsOf(
      "Kenya's Wairimu Chebet Langat won the women's 1500m final in 3:53.07, with Tilly Ashburner-Kaye eleventh in 4:00.12.",
      '',
      'Her coach, Dermot Fallowfield, said the experience would be "worth its weight in gold" for the next Games.',
    );
    expect(athletesOf(found.map((r) => ({ name: r.name, results: [] })) as never)).toEqual([]);
    expect(found.flatMap((r) => r.rows)).toEqual([
      ['Wairimu Chebet Langat', 1, 233.07],
      ['Tilly Ashburner-Kaye', 11, 240.12],
    ]);
  });

  it("opens Friday's heat told back after Saturday's semi-final, on its own day, with the runner after a participle's phrase", () => {
    const found = raceRowsOf(
      'MID-ULSTER HERALD',
      'Tuesday, March 10, 2037 | Sport',
      '',
      'Brave Ruairí bows out in Lyon',
      '',
      "RUAIRÍ Mac Giolla Easpaig's European Indoor Championships campaign ended in the semi-finals of the 800 metres on Saturday evening, when he finished fourth in the second semi-final in 1:46.80.",
      '',
      '"Fourth is the worst place you can be," Ruairí told us from the team hotel on Sunday morning.',
      '',
      "Friday's heat had gone almost perfectly to plan. Drawn alongside the eventual champion, Poland's Kacper Jabłoński, Ruairí sat on the Pole's shoulder and came home second in 1:47.12, behind Jabłoński's 1:47.05.",
      '',
      'His family brought a Cookstown United flag.',
    );
    expect(found.map((r) => [r.name.replace(/ \(.*\)$/, ''), r.date, r.rows])).toEqual([
      [
        '800m heat',
        '2037-03-06',
        [
          ['Kacper Jabłoński', 1, 107.05],
          ['Ruairí Mac Giolla Easpaig', 2, 107.12],
        ],
      ],
      ['800m semi-final 2', '2037-03-07', [['Ruairí Mac Giolla Easpaig', 4, 106.8]]],
    ]);
  });

  it('reads a first national senior title, told with the event of its crown, as a race of its own', () => {
    const found = raceRowsOf(
      "Ruairí Mac Giolla Easpaig finished fourth in the men's 800m semi-final in 1:46.80 on Saturday.",
      '',
      'It is little more than a year since he won his first national senior title, taking the Irish indoor 800m crown in February 2036 in 1:48.90.',
    );
    expect(found.map((r) => [r.name.replace(/ \(.*\)$/, ''), r.rows])).toEqual([
      ["Men's 800m semi-final", [['Ruairí Mac Giolla Easpaig', 4, 106.8]]],
      ['National Championships 2036 – 800m', [['Ruairí Mac Giolla Easpaig', 1, 108.9]]],
    ]);
  });

  it('does not date the race by a welcome-home evening the club is holding', () => {
    const found = raceRowsOf(
      'Tuesday, March 10, 2037',
      '',
      "Kacper Jabłoński won Sunday's 800m final in 1:45.44.",
      '',
      'The club is holding a welcome-home evening at the clubhouse on Friday, March 13, from 7.30pm.',
    );
    expect(found.map((r) => r.date)).toEqual(['2037-03-08']);
  });
});

describe('a championship marathon in the heat', () => {
  it("reads no runner in a venue's name, nor a round in 'conquers the heat', nor a finish in 19th at 30km", () => {
    const found = raceRowsOf(
      'Wolde-Gebriel conquers the heat as Pennington-Obi battles home in 11th',
      '',
      "The thermometer outside the Sapporo Dome read 29C at the 7am start. Almaz Wolde-Gebriel won the women's marathon at the World Championships in 2:22:47.",
      '',
      'Orla Pennington-Obi dropped to 19th at 30km, where the leaders went through in 1:42:05, before fighting back past eight runners to finish 11th in 2:28:40.',
    );
    expect(found.map((r) => [/heat/.test(r.name), r.rows])).toEqual([
      [
        false,
        [
          ['Almaz Wolde-Gebriel', 1, 8567],
          ['Orla Pennington-Obi', 11, 8920],
        ],
      ],
    ]);
  });
});

describe('results pages and wires', () => {
  it('reads tables whose header sets "Pl Ln" one space apart, each race on its day heading', () => {
    const found = raceRowsOf(
      'BALKAN ATHLETICS CHAMPIONSHIPS 2032',
      'Stara Zagora (BUL), 19-20 June 2032',
      '',
      'DAY 1 - SATURDAY 19 JUNE 2032',
      '',
      'WOMEN 1500m - FINAL  18:40',
      'Pl  Name                          Nat  Result',
      ' 1  Ilinca-Maria STOIAN           ROU  4:08.37',
      ' 2  Derya AKSOYLU                 TUR  4:08.90',
      'Intermediate (1000m): STOIAN 2:47.10',
      '',
      'DAY 2 - SUNDAY 20 JUNE 2032',
      '',
      'MEN 110m HURDLES - FINAL  17:20  Wind: +1.1',
      'Pl Ln  Name                          Nat  R.T.    Result',
      ' 1  5  Petros KALOGEROPOULOS         GRE  0.136   13.31  CR',
      ' 2  4  Dragan MILOSAVLJEVIĆ          SRB  0.141   13.40  SB',
    );
    expect(found.map((r) => [r.name.replace(/^.* – /, ''), r.date, r.rows])).toEqual([
      [
        "Women's 1500m final",
        '2032-06-19',
        [
          ['Ilinca-Maria Stoian', 1, 248.37],
          ['Derya Aksoylu', 2, 248.9],
        ],
      ],
      [
        "Men's 110m hurdles final",
        '2032-06-20',
        [
          ['Petros Kalogeropoulos', 1, 13.31],
          ['Dragan Milosavljević', 2, 13.4],
        ],
      ],
    ]);
  });

  it("places a wire's comma list in order under a numbered list, past its sign-off, and both races of an opening day", () => {
    const found = raceRowsOf(
      'Ethiopia sweeps half marathon titles at road running worlds',
      '',
      "KAOHSIUNG, Oct. 7, 2040 (Xinhua) -- Ethiopia's Dawit Mengistu Abebe and Genet Ayana Tolosa won the men's and women's half marathon titles at the World Athletics Road Running Championships here on Sunday.",
      '',
      "Mengistu Abebe broke away in the final two kilometers and crossed the line in 59:41, three seconds ahead of Kenya's Kiptoo Barasa Wekesa.",
      '',
      "In the women's race, Ayana Tolosa pulled clear after 18 kilometers to win in 1:06:02.",
      '',
      "On Saturday, American Colby Ashford-Lane won the men's road mile in 3:56.1 and Ethiopia's Hiwot Gebremariam Desta took the women's mile in 4:23.7.",
      '',
      "Men's half marathon:",
      '1. Dawit Mengistu Abebe (Ethiopia) 59:41',
      '2. Kiptoo Barasa Wekesa (Kenya) 59:44',
      '3. Senai Habtom Kidane (Eritrea) 59:58',
      '',
      "Women's half marathon: Genet Ayana Tolosa (Ethiopia) 1:06:02, Chebet Rono Jepkosgei (Kenya) 1:06:15, Saoirse Ní Dhomhnaill (Ireland) 1:08:20. Enditem",
    );
    expect(found.filter((r) => /mile/.test(r.name)).map((r) => r.date)).toEqual(['2040-10-06', '2040-10-06']);
    expect(found.map((r) => [r.name.replace(/^.* – /, ''), r.rows])).toEqual([
      [
        "Men's half marathon",
        [
          ['Dawit Mengistu Abebe', 1, 3581],
          ['Kiptoo Barasa Wekesa', 2, 3584],
          ['Senai Habtom Kidane', 3, 3598],
        ],
      ],
      ["Men's mile", [['Colby Ashford-Lane', 1, 236.1]]],
      [
        "Women's half marathon",
        [
          ['Genet Ayana Tolosa', 1, 3962],
          ['Chebet Rono Jepkosgei', 2, 3975],
          ['Saoirse Ní Dhomhnaill', 3, 4100],
        ],
      ],
      ["Women's mile", [['Hiwot Gebremariam Desta', 1, 263.7]]],
    ]);
  });
});
