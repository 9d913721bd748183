/**
 * A magazine interview whose turns are not marked "Q:" and "A:": each paragraph is a question line
 * and its answer on the next line. "You" in a question and "I" in an answer are the athlete
 * interviewed; "I won't pretend" and "thought I'd win a medal" are no wins. Invented runner and times.
 */
import { describe, expect, it } from 'vitest';
import { deriveReport, resultRows } from '../helpers/reportRaces';

const INTERVIEW = [
  '"I stopped fearing the barriers": Maren Solheim in conversation',
  '',
  'Published 14 February 2037 | Interview by Ola Berg',
  '',
  'She is 27 and the best steeplechaser Norway has produced. We sat down with Maren Solheim in Bergen.',
  '',
  'You were fifth in the Olympic final last summer. What do you see when you watch it back?',
  'I see a girl who was starstruck for two laps. The final was the fastest steeple I have been in.',
  '',
  'The heat was a different story, though.',
  "The heat was grand! I was second in 9:15.02 and barely broke sweat. Everyone thought I'd win a medal after that.",
  '',
  'What does a good 2037 look like?',
  "Under nine minutes. I won't pretend otherwise.",
  '',
  'How did the winter go?',
  'Slowly. Lots of hills.',
].join('\n');

describe('an interview whose questions and answers are not marked', () => {
  const races = deriveReport(INTERVIEW);

  it('gives the athlete the place told to her as "you" in a question', () => {
    const final = races.find((r) => /Olympic/i.test(r.name) && /final/.test(r.name));
    expect(final && resultRows(final)).toEqual([['Maren Solheim', 5, null]]);
  });

  it('gives her the heat told as "I" in an answer, and no win from "won\'t" or "I\'d win"', () => {
    const heat = races.find((r) => /heat/.test(r.name));
    expect(heat && resultRows(heat)).toEqual([['Maren Solheim', 2, 555.02]]);
    const wins = races.flatMap((r) => r.results.filter((x) => x.place?.value === 1));
    expect(wins).toEqual([]);
  });
});
