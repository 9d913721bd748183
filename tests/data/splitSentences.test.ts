import { describe, expect, it } from 'vitest';
import { isHeadline, splitSentences } from '../../src/data/splitSentences';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splitSentences(text) ends a sentence at . ! ? before a capital, and keeps offsets into the text', () => {
    const text = 'Hocker won. Kerr was second! Was it close? Yes.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Hocker won.',
      'Kerr was second!',
      'Was it close?',
      'Yes.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splitSentences does not end a sentence after an abbreviation ("Mr.", "U.S.", "St.")', () => {
    expect(texts('Mr. Smith ran. The U.S. team was strong. He lives in St. Moritz now.')).toEqual([
      'Mr. Smith ran.',
      'The U.S. team was strong.',
      'He lives in St. Moritz now.',
    ]);
  });

  it('splitSentences does not end a sentence after an initial ("J. Kerr")', () => {
    expect(texts('Title\nIt was J. Kerr who won. Then the women ran.')).toEqual([
      'Title',
      'It was J. Kerr who won.',
      'Then the women ran.',
    ]);
  });

  it('splitSentences does not split inside decimals and times ("9.78", "3:27.65")', () => {
    expect(texts('Title\nLyles ran 9.78 to win. Kerr ran 3:27.65. Hocker won.')).toEqual([
      'Title',
      'Lyles ran 9.78 to win.',
      'Kerr ran 3:27.65.',
      'Hocker won.',
    ]);
  });

  it('splitSentences keeps list numbers with their entry ("1. Faith Kipyegon … , 2. Jessica Hull …")', () => {
    expect(texts('Results\n1. Faith Kipyegon (KEN) 3:51.29, 2. Jessica Hull (AUS) 3:52.56')).toEqual([
      'Results',
      '1. Faith Kipyegon (KEN) 3:51.29, 2. Jessica Hull (AUS) 3:52.56',
    ]);
  });

  it('splitSentences ends every line, and numbers the lines', () => {
    const sentences = splitSentences('Title\n\nFirst line\nSecond line. And more.');
    expect(sentences.map((s) => [s.text, s.line])).toEqual([
      ['Title', 0],
      ['First line', 2],
      ['Second line.', 3],
      ['And more.', 3],
    ]);
  });

  it('splitSentences takes the first line with words as a headline, whatever its capitals', () => {
    const [title, body] = splitSentences(
      'kerr beaten in paris as hocker takes gold\nHocker won the final in 3:27.65, ahead of Kerr and the rest of the field.',
    );
    expect(title?.headline).toBe(true);
    expect(body?.headline).toBe(false);
  });

  it('splitSentences does not take a first line that ends with a full stop as a headline', () => {
    expect(
      splitSentences(
        'Hocker won the Olympic 1500m final in Paris, beating Kerr and the rest of a strong field in 3:27.65.',
      )[0]?.headline,
    ).toBe(false);
  });

  it('splitSentences ends a sentence before an opening quote', () => {
    expect(texts('Title\nKerr was second. "I gave it everything," he said.')).toEqual([
      'Title',
      'Kerr was second.',
      '"I gave it everything," he said.',
    ]);
  });

  it('splitSentences returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n \n')).toEqual([]);
  });
});

describe('isHeadline', () => {
  it('isHeadline(line) is true for a short line of capitalised words without closing punctuation', () => {
    expect(isHeadline('Hocker Stuns Kerr And Ingebrigtsen In Olympic 1500m Final')).toBe(true);
  });

  it('isHeadline(line) is false for a line that ends like a sentence, and for an empty line', () => {
    expect(isHeadline('Hocker won.')).toBe(false);
    expect(isHeadline('"I gave it everything"')).toBe(false);
    expect(isHeadline('   ')).toBe(false);
  });

  it('isHeadline(line) is false for a long lower-case line with commas and times', () => {
    expect(
      isHeadline(
        'the american, who had been fourth at the bell, came past everyone in the home straight and stopped the clock at 3:27.65 for a new olympic record',
      ),
    ).toBe(false);
  });
});
