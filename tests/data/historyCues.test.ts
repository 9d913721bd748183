import { describe, expect, it } from 'vitest';
import { HISTORICAL, PAST_TIME, isScene } from '../../src/data/historyCues';
import type { Sentence } from '../../src/data/splitSentences';

const whole = (text: string): Sentence => ({ start: 0, end: text.length, text, line: 0, headline: false });

describe('historyCues', () => {
  it('HISTORICAL takes "back in March" and "had won" as history, but not "had finally" or "the previous evening"', () => {
    expect(HISTORICAL.test('silver medallist at the World Indoors back in March')).toBe(true);
    expect(HISTORICAL.test('who had won the title')).toBe(true);
    expect(HISTORICAL.test('had finally got his hands on the title')).toBe(false);
    expect(HISTORICAL.test('won the first semi-final the previous evening')).toBe(false);
  });

  it('PAST_TIME dates what is told to an earlier season', () => {
    expect(PAST_TIME.test('Twelve months ago she was fifth')).toBe(true);
    expect(PAST_TIME.test('she was fifth on Saturday')).toBe(false);
  });

  it('isScene: a sentence that opens on a past meeting and tells no result sets the scene', () => {
    const text = 'On June 8 last year in Oslo, at the Bislett Games, it was a very different story.';
    expect(isScene(text, whole(text))).toBe(true);
    const told = 'Last year she won in 3:58.20.';
    expect(isScene(told, whole(told))).toBe(false);
  });
});
