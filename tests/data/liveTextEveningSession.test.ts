/**
 * A live text of an evening session, newest entry first: headlines shouted in capitals ("NINA
 * BERG WINS IT!"), a medal recap ("Gold - Henrik Solberg (NOR) 27:48.19") and the day of the next
 * round told beside a round ("Final on Saturday night."). Invented runners and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const LIVE =
  'LIVE: Continental Championships, day four - evening session\n\n' +
  'Thursday 10 August 2034 | Olympic Stadium\n\n' +
  '21:32\n' +
  "MEN'S 10,000m RESULT - a recap for those who've just joined us:\n" +
  'Gold - Henrik Solberg (NOR) 27:48.19\n' +
  'Silver - Jonas Peeters (BEL) 27:48.60\n' +
  'Bronze - Adrián Cuesta (ESP) 27:49.02\n\n' +
  '21:27\n' +
  "SOLBERG WINS IT! The Norwegian sprints clear down the home straight to win the men's 10,000m final.\n\n" +
  '19:58\n' +
  "Women's 400m semi-finals wrap up. Final on Saturday night.\n\n" +
  '19:06\n' +
  'SEMI-FINAL 1: NINA BERG WINS IT! The Irishwoman storms down the straight to take the first semi in 50.71.\n\n' +
  '19:02\n' +
  "They're off in the first semi of the women's 400m.";

describe('a live text of an evening session', () => {
  const races = deriveReport(LIVE);
  const named = (end: string) => races.find((r) => r.name.endsWith(end));

  it('reads a medal recap as first, second and third with their times', () => {
    const final = named("Men's 10000m final");
    expect(final && resultRows(final)).toEqual([
      ['Henrik Solberg', 1, 1668.19],
      ['Jonas Peeters', 2, 1668.6],
      ['Adrián Cuesta', 3, 1669.02],
    ]);
  });

  it('keeps a shouted verb out of the name before it ("NINA BERG WINS IT!")', () => {
    expect(races.flatMap((r) => r.results.map((x) => x.athlete))).not.toContain('Nina Berg Wins');
    const semi = named("Women's 400m semi-final 1");
    expect(semi && resultRows(semi)).toEqual([['Nina Berg', 1, 50.71]]);
  });

  it('dates the semi-finals by the session, not by the final\'s "Saturday night"', () => {
    expect(named("Women's 400m semi-final 1")?.date?.value).toBe('2034-08-10');
  });
});

describe('a live blog entry that shouts the winner before naming the race', () => {
  it('gives the win to the race the entry goes on to name, not to the race of the entry before', () => {
    const races = deriveReport(
      'Boateng storms to 200m gold\nOkoro wins 5000m thriller\n\n' +
        "22:02 – The official result of the men's 200m final is up. Kwame Boateng 19.64, Xavier Brooks 19.80, Tomoya Hayashi 19.93.\n\n" +
        '21:53 – WOW. Kwame Boateng is the world champion! The Ghanaian comes off the bend a metre up on the field. ' +
        'Xavier Brooks of the USA takes silver.\n\n' +
        "21:19 – OKORO WINS! Grace Okoro kicks past Ethiopia's Meron Tesfaye in the home straight to win the women's 5000m " +
        'in 14:29.81. Tesfaye takes silver in 14:30.08.',
    );
    expect(races.map((r) => [r.name.replace(/ \(report\.txt\)$/, ''), resultRows(r)])).toEqual([
      [
        "Men's 200m final",
        [
          ['Kwame Boateng', 1, 19.64],
          ['Xavier Brooks', 2, 19.8],
          ['Tomoya Hayashi', null, 19.93],
        ],
      ],
      [
        "Women's 5000m",
        [
          ['Grace Okoro', 1, 869.81],
          ['Meron Tesfaye', 2, 870.08],
        ],
      ],
    ]);
  });
});
