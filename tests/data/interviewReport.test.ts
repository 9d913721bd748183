/**
 * A question-and-answer interview: the intro reports the latest win, and the answers tell past
 * races in the first person ("I ran 14:38.11 there and got the bronze"). Invented runner, races and
 * times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';
import { findInterviewTurns, roleAt, speakerMentions } from '../../src/data/interview';

const interview =
  "'I stopped being scared': Marta Sousa Reis on Rome and the long way back\n\n" +
  "When Marta Sousa Reis kicked clear of Ethiopia's Hanna Wolde Tesfaye in the women's 5000m at the " +
  'Golden Gala in Rome on Thursday, 4 June 2026, the clock read 14:29.54. Wolde Tesfaye was second in ' +
  '14:29.98.\n\n' +
  'Q: You won in the same stadium as your first medal. Did it feel like a circle closing?\n\n' +
  'A: A little, yes. The European Championships in 2024 were here too. I ran 14:38.11 there and got ' +
  'the bronze.\n\n' +
  'Q: And the low point?\n\n' +
  'A: Budapest. The 5000 final at the World Championships in 2023, my first global final. I was ' +
  'twelfth and ran 15:02.77.\n\n' +
  'Q: And after the medal?\n\n' +
  'A: My comeback race was the Diamond League meeting in Doha. In Doha that May I was only ninth.';

describe('an interview told in questions and answers', () => {
  it('reads the intro, where a double surname alone is the runner named in full before', () => {
    const rome = deriveReport(interview).find((r) => r.name.includes('Rome'));
    expect(rome && resultRows(rome)).toEqual([
      ['Marta Sousa Reis', 1, 869.54],
      ['Hanna Wolde Tesfaye', 2, 869.98],
    ]);
  });

  it('gives the answers spoken in the first person to the person interviewed', () => {
    const races = deriveReport(interview);
    const rows = races.map((r) => [r.name, resultRows(r)]);
    expect(rows).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/European Championships 2024/), [['Marta Sousa Reis', 3, 878.11]]],
        [expect.stringMatching(/World Championships/), [['Marta Sousa Reis', 12, 902.77]]],
      ]),
    );
  });

  it('reads "I was only ninth" as a place', () => {
    const doha = deriveReport(interview).find((r) => r.name.includes('Doha'));
    expect(doha && resultRows(doha)).toEqual([['Marta Sousa Reis', 9, null]]);
  });

  it('finds no turns in a report that only quotes a runner, and none without a question', () => {
    expect(findInterviewTurns('Kerr won.\n\n"A: I ran well," he said.')).toEqual([]);
    expect(findInterviewTurns('A: I won.\n\nA: I ran 3:31.')).toEqual([]);
  });

  it('marks I, me and my in answers, and you and your in questions, as the person interviewed', () => {
    const text = 'Q: Did you expect your win?\n\nA: My coach told me I would.';
    const turns = findInterviewTurns(text);
    expect(roleAt(turns, 3)).toBe('question');
    expect(roleAt(turns, text.indexOf('My'))).toBe('answer');
    const words = (role: 'question' | 'answer', from: number, to: number) =>
      speakerMentions(text, from, to, role, 'runner').map((m) => [text.slice(m.start, m.end), m.pronoun]);
    expect(words('question', 0, 28)).toEqual([
      ['you', 'subject'],
      ['your', 'possessive'],
    ]);
    expect(words('answer', 30, text.length)).toEqual([
      ['My', 'possessive'],
      ['me', 'object'],
      ['I', 'subject'],
    ]);
  });
});
