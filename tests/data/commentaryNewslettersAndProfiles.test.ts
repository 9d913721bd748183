/**
 * Readings found while re-reading held-out sets 101 to 106: an epithet that wins, a race told after
 * "a day after", an event named in passing and then told, last year's edition of a meeting, a club
 * newsletter's tables and bracketed places, a broadcast transcript, a podcast's two-mile race, an
 * opening "After finishing second … last year," clause, a coach named once, and an injury suffered
 * at a meeting before a championship. Invented runners.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, raceRowsOf, resultRows, rowsOf } from '../helpers/reportRaces';

const races = raceRowsOf;

describe('an epithet for a runner as the subject of "won"', () => {
  it('gives the runner the win, whatever the demonym ends with', () => {
    for (const epithet of ['The Kenyan', 'The Jamaican', 'The American'])
      expect(
        races(
          'Okonjo wins in Nairobi',
          '',
          'NAIROBI, 3 June 2033 - Mercy Okonjo dropped to her knees at the line.',
          '',
          `${epithet} won the women's 1500m in 4:01.22, ahead of Ruth Mbatha, who ran 4:02.10.`,
        ),
      ).toEqual([
        {
          name: "Women's 1500m (report.txt)",
          date: '2033-06-03',
          rows: [
            ['Mercy Okonjo', 1, 241.22],
            ['Ruth Mbatha', null, 242.1],
          ],
        },
      ]);
  });
});

describe('a race told after "a day after"', () => {
  it('is read when a relative clause says who won it', () => {
    const derived = deriveReport(
      [
        'Abera breaks championship record',
        '',
        "TALLINN, March 11 (Reuters) - Ethiopia's Hiwot Abera won the women's 1,500 metres in 3:59.88 on the final day of the 2035 world indoor championships on Sunday.",
        '',
        "Abera's victory came a day after the men's 3,000m final, which was won on Saturday by Norway's Sindre Dahl-Berg in 7:36.14.",
      ].join('\n'),
    );
    const men = derived.find((r) => /Men's 3000m final/.test(r.name));
    expect(men?.date?.value).toBe('2035-03-10');
    expect(men ? resultRows(men).filter((row) => row[0] === 'Sindre Dahl-Berg') : []).toEqual([
      ['Sindre Dahl-Berg', 1, 456.14],
    ]);
    expect(rowsOf(derived, /Women's 1500m/)).toEqual([['Hiwot Abera', 1, 239.88]]);
  });
});

describe('an event named in passing, then opening a sentence with "That"', () => {
  it('becomes the race in hand, and its results are its own', () => {
    expect(
      races(
        'Reid wins in Rome',
        '',
        "ROME - Ana Reid won the women's 100m in 10.91 on Thursday night.",
        '',
        "Giulia Ferri took third in 10.98 while the men's 200m athletes waited in their blocks.",
        '',
        "That 200m, when it finally got going, belonged to Canada's Jerome Beaulieu. He won in 19.81, and Briton Reece Adeyemi was second in 19.90.",
      ).map((r) => [r.name, r.rows]),
    ).toEqual([
      [
        "Men's 200m (report.txt)",
        [
          ['Jerome Beaulieu', 1, 19.81],
          ['Reece Adeyemi', 2, 19.9],
        ],
      ],
      [
        "Women's 100m (report.txt)",
        [
          ['Ana Reid', 1, 10.91],
          ['Giulia Ferri', 3, 10.98],
        ],
      ],
    ]);
  });
});

describe("last year's edition of the meeting in hand, named by its name", () => {
  it('takes the place told of it, not the race in hand', () => {
    const derived = races(
      'Reid wins Golden Gala 100m',
      '',
      "ROME - Ana Reid won the women's 100m at the Golden Gala on Thursday night in 10.91, ahead of Dana Holt in 10.95.",
      '',
      '"I didn\'t know," said Reid, who was only fourth at last year\'s Golden Gala.',
    );
    expect(derived.find((r) => r.name.startsWith('Rome'))?.rows).toEqual([
      ['Ana Reid', 1, 10.91],
      ['Dana Holt', null, 10.95],
    ]);
    expect(derived.filter((r) => !r.name.startsWith('Rome')).map((r) => r.rows)).toEqual([
      [['Ana Reid', 4, null]],
    ]);
  });
});

describe("a club newsletter's results", () => {
  it('reads "TOP 3 MEN" over a table as the men\'s race', () => {
    const table = (rows: string[]): string[] => ['Pos  Bib   Name                Time', ...rows];
    expect(
      races(
        'HARBOUR 10K, SUNDAY 8 APRIL 2029',
        '',
        "The men's race was won by Moses Opio in 29:48. In the women's race Megan Achter won in 34:41.",
        '',
        'TOP 3 MEN',
        ...table([
          '1    1     Moses Opio          29:48',
          '2    14    Lewis Candless      30:31',
          '3    7     Tomas Kelly         30:59',
        ]),
        '',
        'TOP 3 WOMEN',
        ...table([
          '1    204   Megan Achter        34:41',
          '2    221   Priya Raman         35:03',
          '3    61    Hannah Driscoll     35:27',
        ]),
      ).map((r) => [r.name, r.rows.map((row) => row[0])]),
    ).toEqual([
      ["HARBOUR 10K 2029 – Men's 10km", ['Moses Opio', 'Lewis Candless', 'Tomas Kelly']],
      ["HARBOUR 10K 2029 – Women's 10km", ['Megan Achter', 'Priya Raman', 'Hannah Driscoll']],
    ]);
  });

  it('reads a place and time in brackets after a name', () => {
    const rows = races(
      'Harbour 10K',
      '',
      "In the women's race Megan Achter won in 34:41, with Priya Raman second in 35:03. Joanna Pennock (9th, 37:12) was the third scorer.",
    )[0]?.rows;
    expect(rows).toContainEqual(['Joanna Pennock', 9, 2232]);
  });
});

describe('a broadcast transcript', () => {
  const derived = races(
    "Bislett Games, Oslo - Men's 5000m - commentary transcript",
    'Thursday 12 June 2031',
    '',
    'IS: And the man who won it a year ago is here as well: Kiprono Chep of Kenya, who won here in 12:58.41 last summer. Alongside him the Belgian Mats van Berg.',
    '',
    "PAL: He's running for a Belgian record tonight. The old one is 12:57.10 and he's right on it.",
    '',
    "IS: Round the final bend - Sindre Aas and Chep shoulder to shoulder - Chep can't respond - Aas, Aas, SINDRE AAS WINS AT BISLETT!",
    '',
    'PAL: Look at the clock! Aas 12:51.07, national record. Chep 12:53.84. Van Berg 12:55.92. Fifth Hamza Idris, 12:58.66.',
  );

  it('reads the win called in capitals after the final bend, and the result read out', () => {
    expect(derived[0]).toEqual({
      name: "Oslo Diamond League 2031 – Men's 5000m",
      date: '2031-06-12',
      rows: [
        ['Sindre Aas', 1, 771.07],
        ['Hamza Idris', 5, 778.66],
        ['Kiprono Chep', null, 773.84],
        ['Mats van Berg', null, 775.92],
      ],
    });
  });

  it('puts "won here … last summer" in last year\'s edition, and "the old one" in no race', () => {
    expect(derived.slice(1).map((r) => r.rows)).toEqual([[['Kiprono Chep', 1, 778.41]]]);
  });
});

describe("a podcast's recap", () => {
  const derived = races(
    'Gotham Indoor Classic recap',
    '',
    'Published Monday, Feb. 7, 2033',
    '',
    "THE WOMEN'S TWO MILES",
    '',
    "Anneke Vos of the Netherlands won the women's two miles in 9 minutes 11.30 seconds.",
    '',
    "THE MEN'S MILE",
    '',
    'After finishing second in this race last year by two hundredths, the 27-year-old Irishman Owen Price waited until the final lap and won in 3 minutes 47.91 seconds.',
  );

  it("reads the women's two miles as its own event", () => {
    expect(derived.find((r) => /Women's 2 miles/.test(r.name))?.rows).toEqual([['Anneke Vos', 1, 551.3]]);
  });

  it('keeps an opening "After finishing second … last year," out of the win told after it', () => {
    expect(derived.find((r) => /Men's mile/.test(r.name))?.rows).toEqual([['Owen Price', 1, 227.91]]);
  });
});

describe('a coach named once with the role', () => {
  it('is not the runner the pronouns after are about', () => {
    expect(
      races(
        'The girl who jumped the river',
        '',
        'KAPCHORWA, Uganda, 2 August 2037 - Peruth Naki jogs towards the barrier. "We had to cross the river," she says, while her coach, Moses Twino, times her recovery.',
        '',
        'Twino persuaded her to give him one more year. In the summer of 2035, in the world championships final that August, she took bronze in 9:01.44.',
      ).flatMap((r) => r.rows),
    ).toEqual([['Peruth Naki', 3, 541.44]]);
  });
});

describe('an injury suffered at a meeting, weeks before a championship', () => {
  it('leaves the meeting the race in hand, not the championship still to come', () => {
    expect(
      races(
        'Hurdler faces race against time',
        '',
        "PARIS, June 27, 2032 (AP) - Jamaica's Shanice Barrett was due to fly to London on Sunday for a scan on the hamstring injury she suffered at the Paris Diamond League, leaving her hopes in doubt less than four weeks before the start of the Brisbane Games.",
        '',
        "She pulled up in Saturday night's 100m hurdles. American Kendra Neal won the race in 12.31 seconds, with Nigeria's Chiamaka Oka second in 12.38.",
      ).map((r) => [r.name, r.date]),
    ).toEqual([['Paris Diamond League 2032 – 100m hurdles', '2032-06-26']]);
  });
});
