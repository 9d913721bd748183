import { describe, expect, it } from 'vitest';
import { countArticles } from '../../../src/views/common/countArticles';

describe('countArticles', () => {
  it('countArticles(sources) counts distinct articles, not spans', () => {
    const s = (article: string, start: number) => ({ article, start, end: start + 1, quote: 'x' });
    expect(countArticles([s('a', 0), s('a', 5), s('b', 0)])).toBe(2);
    expect(countArticles([])).toBe(0);
  });
});
