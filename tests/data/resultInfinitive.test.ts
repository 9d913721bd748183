import { describe, expect, it } from 'vitest';
import { resultInfinitive } from '../../src/data/resultInfinitive';

describe('resultInfinitive', () => {
  it('reads "to win" after what was done in the race as the result', () => {
    expect(resultInfinitive('a devastating last lap to ', 'produced a devastating last lap to ')).toBe(true);
    expect(
      resultInfinitive('in the home straight to ', 'Okoro kicks past Tesfaye in the home straight to '),
    ).toBe(true);
  });

  it('reads "to win" after a hope or an expectation as no result', () => {
    expect(resultInfinitive('was tipped to ', 'Hale was tipped to ')).toBe(false);
    expect(resultInfinitive('a fast last lap to ', 'she needed a fast last lap to ')).toBe(false);
  });
});
