/**
 * Previews and form guides: the bests they list are not the race's results; the result told
 * after them is. Also the forms of translated results prose: the ordinal first ("Second was the
 * Ethiopian X, with 3:58,89"), decimal commas, and reaction times. Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const rowsOf = (text: string) => deriveReport(text).map(resultRows);

describe('a preview followed by the result', () => {
  it('keeps entry-list bests ("SB 1:58.01, PB 1:57.33", "owns the quickest personal best …, 1:56.02") out of the results', () => {
    const text =
      "Lisbon 800m preview\n\nFriday 11 July 2025\n\nThe women's 800m at the Lisbon meeting tonight is the race of the evening.\n\n" +
      "Kenya's Ruth Achieng, whose 1:56.85 from earlier in the summer is her personal best, starts as favourite. " +
      "Britain's Hannah Lowe has a season's best of 1:57.12 and a lifetime best of 1:56.40. " +
      'The American Dana Oyelaran owns the quickest personal best on the start list, 1:56.02, but her 1:57.60 this year is slower. ' +
      "Australia's Gemma Wills (SB 1:58.01, PB 1:57.33) completes the field.\n\n" +
      "UPDATE (21:40):\n\nRuth Achieng has won the women's 800m in Lisbon in a personal best of 1:56.31. " +
      'Lowe was second in 1:56.58, with Oyelaran third in 1:57.04. Wills took fourth in 1:57.49.';
    expect(rowsOf(text)).toEqual([
      [
        ['Ruth Achieng', 1, 116.31],
        ['Hannah Lowe', 2, 116.58],
        ['Dana Oyelaran', 3, 117.04],
        ['Gemma Wills', 4, 117.49],
      ],
    ]);
  });
});

describe('translated results prose', () => {
  it('reads "Second was the Ethiopian X, with 3:58,89" and "and third the Spaniard Y", with decimal commas', () => {
    const text =
      'Kiptoo wins in Seville\n\nSeville, June 20 (EFE).- The Kenyan Grace Kiptoo imposed herself this Friday in the ' +
      '1,500 meters of the Seville meeting, with a mark of 3:58,21.\n\n' +
      'Second was the Ethiopian Meron Abera, with 3:58,89, and third the Spaniard Paula Serrano, who crossed the ' +
      'finish line with a mark of 4:01.33.\n\n' +
      'Fourth finished the also Spaniard Irene Lozano, with 4:02,07, and fifth the British Kate Moss-Dunn, with 4:03.50.';
    expect(rowsOf(text)).toEqual([
      [
        ['Grace Kiptoo', 1, 238.21],
        ['Meron Abera', 2, 238.89],
        ['Paula Serrano', 3, 241.33],
        ['Irene Lozano', 4, 242.07],
        ['Kate Moss-Dunn', 5, 243.5],
      ],
    ]);
  });

  it('leaves a reaction time out and reads "had to content himself with the second place"', () => {
    const text =
      'Rossi wins the 100m in Rome\n\nRome, June 6 - Luca Rossi won the 100m in 9.94 after a reaction time of 0.151. ' +
      'Ben Tull, who had the best start of all, had to content himself with the second place, with 9.97.';
    expect(rowsOf(text)).toEqual([
      [
        ['Luca Rossi', 1, 9.94],
        ['Ben Tull', 2, 9.97],
      ],
    ]);
  });

  it('does not read a place from "First, …" or "Third time lucky for …"', () => {
    const text =
      'Oslo 1500m\n\nFirst, Tom Arne Lie went to the front. Third time lucky for Per Dahl, who won the 1500m in 3:31.20. ' +
      'Lie was second in 3:31.50.';
    expect(rowsOf(text)).toEqual([
      [
        ['Per Dahl', 1, 211.2],
        ['Tom Arne Lie', 2, 211.5],
      ],
    ]);
  });
});

describe('days told from the report’s own date', () => {
  const dateOf = (text: string) => deriveReport(text).map((r) => [r.name, r.date?.value ?? null]);

  it('dates "tonight\'s race" on the day of the dated preview, not on "Thursday\'s press conference"', () => {
    const text =
      "Monaco 800m preview\n\nFriday 11 July 2025\n\nThe women's 800m at the Monaco Diamond League tonight is the race of the evening. " +
      '"I feel ready," Hannah Lowe said at Thursday\'s press conference.\n\n' +
      "UPDATE (21:40):\n\nRuth Achieng has won the women's 800m in Monaco in 1:56.31. Lowe was second in 1:56.58.";
    expect(dateOf(text)).toEqual([["Monaco Diamond League 2025 – Women's 800m", '2025-07-11']]);
  });

  it('dates "last night" the day before the post, and "yesterday" in a relative clause its own race only', () => {
    const text =
      'Posted Sunday 24 August 2025 by Dan\n\nThe mile at the London Grand Prix last night was a cracker. ' +
      'Per Dahl won the mile in 3:50.20, with Tom Lie second in 3:50.90.';
    expect(dateOf(text)).toEqual([['London Grand Prix 2025 – mile', '2025-08-23']]);
    const passing =
      'Dublin, Sunday 27 July 2025\n\nCian Moore, who took the 100m in 10.31 yesterday afternoon, won the 200m final in 20.61 this afternoon.';
    expect(dateOf(passing)).toEqual([
      ['100m (report.txt)', '2025-07-26'],
      ['200m final (report.txt)', '2025-07-27'],
    ]);
  });
});
