/**
 * Readings found in sets 132 to 135 (h1559, h1574, h1581, h1582, h1604): a preview's trials told
 * "on Saturday, February 12, crossing …", a podcast's past edition "third here in 2032", a wire's
 * "the 2029 championships in Lisbon" in a report of 2031, a Welsh "ap" name, and a transcript's times
 * said aloud. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { raceRowsOf } from '../helpers/reportRaces';

describe('a preview that tells the national trials in passing', () => {
  const found = raceRowsOf(
    'Athletics: Chebet eyes cross-country crown',
    '',
    "NAIROBI, March 17, 2039 (AFP) - Kenya's Ruth Chebet will defend her world cross-country title on Saturday.",
    '',
    "That favourite's tag belongs to 19-year-old Grace Wambui Kariuki, who beat Chebet by two seconds at the Kenyan trials in Nairobi on Saturday, February 12, crossing the finish at the Jamhuri Racecourse in 34:10 to the champion's 34:12.",
    '',
    "The senior women's race starts at 13:15 local time. The senior men, in which Uganda's Isaac Okello is the man to beat, follow at 14:05.",
  );

  it('gives the time after "on Saturday, February 12," to the runner of the relative clause, and none to "the Jamhuri Racecourse"', () => {
    expect(found).toEqual([
      {
        name: 'Kenyan Trials 2039',
        date: '2039-02-12',
        rows: [
          ['Grace Wambui Kariuki', null, 2050],
          ['Ruth Chebet', null, 2052],
        ],
      },
    ]);
  });

  it('takes "the senior men follow at 14:05" for a starting time, not a result', () => {
    expect(found.flatMap((r) => r.rows).some((row) => row[2] === 845)).toBe(false);
  });
});

describe('a podcast on a city marathon', () => {
  const found = raceRowsOf(
    'THE LONG RUN - Episode 12: "Poznań"',
    'Show notes and edited transcript. Recorded Monday 17 April 2034.',
    '',
    "[01:40] ANNA: Right, the Poznań Marathon, Sunday, April 16. The women's race. Alem Desta wins in 2:19:02.",
    '',
    'TOM: Which is revenge, because she was third here in 2032 - 2:23:10.',
    '',
    "ANNA: But the favourite, Kenya's Joyce Chemutai, who won Valencia in December, stepped off at 32K.",
    '',
    "TOM: Third in the women's race was the Ukrainian, Olena Hrytsenko, 2:21:37.",
  );

  it('reads "Third in the women\'s race was the Ukrainian, X" as third, and "who won Valencia in December" as no win here', () => {
    expect(found[0]).toEqual({
      name: "Poznań Marathon 2034 – Women's marathon",
      date: '2034-04-16',
      rows: [
        ['Alem Desta', 1, 8342],
        ['Olena Hrytsenko', 3, 8497],
      ],
    });
  });

  it('puts "she was third here in 2032 - 2:23:10" in the 2032 edition, for the winner just named', () => {
    expect(found[1]).toEqual({
      name: "Poznań Marathon 2032 – Women's marathon",
      date: null,
      rows: [['Alem Desta', 3, 8590]],
    });
  });
});

describe('a wire report whose dateline has no year', () => {
  const found = raceRowsOf(
    'UPDATE 1-Athletics-Ionescu wins hurdles gold',
    '',
    "TALLINN, March 9 (Reuters) - Romania's Ilinca Ionescu won the women's 60 metres hurdles at the world indoor championships on Sunday in 7.78. Jamaica's Shanice Powell took silver in 7.83.",
    '',
    '"I didn\'t know," said the 27-year-old Romanian, who finished fourth in the final of this event at the 2029 championships in Lisbon.',
    '',
    "Romania's gold was its second of the 2031 championships after a win in the pole vault on Friday.",
  );

  it('takes the year from "the 2031 championships", not from the 2029 final told in a relative clause', () => {
    expect(found.map((r) => [r.name, r.date])).toEqual([
      ["2031 World Indoor Championships – Women's 60m hurdles final", '2031-03-09'],
      ["2029 World Indoor Championships – Women's 60m hurdles", null],
    ]);
  });

  it('reads "the 27-year-old Romanian" as the Romanian named, not the Jamaican named last', () => {
    expect(found[1]?.rows).toEqual([['Ilinca Ionescu', 4, null]]);
  });
});

describe('a local paper on its Olympian', () => {
  const found = raceRowsOf(
    "OWAIN'S ODYSSEY ENDS IN NINTH",
    '',
    "HE went to the Games as the first athlete from Llanybydder ever to wear a Team GB vest, and Owain ap Dafydd came home from the men's 1500 metres final at the Paris 2024 Olympics on Saturday night with ninth place.",
    '',
    'Owain crossed the line in 3:31.88, a personal best.',
  );

  it('reads "Owain ap Dafydd" as one name, "came home … with ninth place" as ninth, and "the first athlete from … ever to" as no win', () => {
    expect(found).toEqual([
      {
        name: "Paris 2024 Olympics – Men's 1500m final",
        date: null,
        rows: [['Owain ap Dafydd', 9, 211.88]],
      },
    ]);
  });
});

describe('a podcast transcript with its times said aloud', () => {
  const found = raceRowsOf(
    'Splits & Spikes — Ep. 88: "The mile, and the madness in Lyon"',
    '',
    'Recorded on Monday 10 July 2034, the morning after the Meeting de Lyon Diamond League on Sunday 9 July. Hosts Callum Reyes and Nadia Osei.',
    '',
    "CALLUM: So. Georgia Whitcombe. Four fourteen ninety-two in the women's mile. Nadia corrects me at 19:02 on the rest.",
    '',
    "NADIA: OK, the men's five thousand. Moses Kiprotich. Uganda. Twelve forty-nine oh seven.",
    '',
    "CALLUM: And Kiprotich was ninth at last year's Worlds in this event.",
  );

  it('reads "Four fourteen ninety-two" and "Twelve forty-nine oh seven" as times of the runner named alone just before, on the day "the morning after" the recording tells', () => {
    expect(found.slice(0, 2)).toEqual([
      {
        name: "Diamond League 2034 – Men's 5000m",
        date: '2034-07-09',
        rows: [['Moses Kiprotich', null, 769.07]],
      },
      {
        name: "Diamond League 2034 – Women's mile",
        date: '2034-07-09',
        rows: [['Georgia Whitcombe', null, 254.92]],
      },
    ]);
  });

  it("puts \"ninth at last year's Worlds in this event\" in the Worlds' men's 5000m", () => {
    expect(found[2]).toEqual({
      name: "World Championships – Men's 5000m",
      date: null,
      rows: [['Moses Kiprotich', 9, null]],
    });
  });
});

describe('a podcast that points to a moment of its recording', () => {
  const found = raceRowsOf(
    'Splits & Spikes — Ep. 88',
    '',
    "CALLUM: Anna Berg won the women's 5000m at the Meeting de Lyon in 14:44.92. Nadia Osei corrects me at 15:02 on the splits.",
  );

  it('reads no time in "Nadia Osei corrects me at 15:02"', () => {
    expect(found.map((r) => r.rows)).toEqual([[['Anna Berg', 1, 884.92]]]);
  });
});

describe('a podcast that reads the results aloud', () => {
  const found = raceRowsOf(
    'THE BACK STRAIGHT — Episode 214',
    '',
    'In this episode we pick through the Lodz Indoor Gala, held on Saturday 12 February 2033.',
    '',
    "MAEVE: Saoirse Kelly, women's fifteen hundred, three fifty-eight point six two. Irish indoor record.",
    '',
    'MAEVE: Hana Novak was second in three fifty-nine point one-two.',
    '',
    'TUNDE: Third was the Moroccan, Salma Idrissi. Four-oh-one point four-eight.',
  );

  it('reads "three fifty-eight point six two", "point one-two" and "Four-oh-one point four-eight" as times, the last of the runner named just before', () => {
    expect(found).toEqual([
      {
        name: "Lodz Indoor Gala 2033 – Women's 1500m",
        date: '2033-02-12',
        rows: [
          ['Saoirse Kelly', 1, 238.62],
          ['Hana Novak', 2, 239.12],
          ['Salma Idrissi', 3, 241.48],
        ],
      },
    ]);
  });
});

describe('a radio commentary log of an indoor meeting', () => {
  const found = raceRowsOf(
    'YLE Radio — Tampere Indoor Tour, Saturday 4 February 2040',
    'Commentary log. Lead commentator: Aleksi Nurmi.',
    '',
    "17:03 — Chiamaka Obi of Nigeria wins heat one of the women's sixty metres hurdles in seven point eight four! Germany's Leonie Wendt is second, seven ninety-six.",
    '',
    "17:38 — NURMI: A quick word on the men's sixty metres, which we've just seen across the infield: Brazil's Caio Nascimento won it in six point four eight.",
  );

  it('reads "seven point eight four", "seven ninety-six" and "six point four eight" as sprint times, and "the men\'s sixty metres" as the 60m', () => {
    expect(found.map((r) => [r.name.replace(/ \(report\.txt\)$/, ''), r.rows])).toEqual([
      [
        "Women's 60m hurdles heat 1",
        [
          ['Chiamaka Obi', 1, 7.84],
          ['Leonie Wendt', 2, 7.96],
        ],
      ],
      ["Men's 60m", [['Caio Nascimento', 1, 6.48]]],
    ]);
  });
});
