import { describe, expect, it } from 'vitest';
import { generateArticles, mulberry32 } from '../../bench/generateArticles';

const bytesOf = (text: string): number => new TextEncoder().encode(text).length;

describe('generateArticles', () => {
  it('generateArticles(n, seed) gives the same articles for the same seed', () => {
    expect(generateArticles(40_000, 42)).toEqual(generateArticles(40_000, 42));
  });

  it('generateArticles(n, seed) gives different articles for a different seed', () => {
    expect(generateArticles(10_000, 1)[0]?.text).not.toBe(generateArticles(10_000, 2)[0]?.text);
  });

  it('generateArticles(n) reaches at least n bytes, overshooting by at most one article', () => {
    for (const size of [1, 5_000, 100_000]) {
      const articles = generateArticles(size, 3);
      const total = articles.reduce((sum, a) => sum + bytesOf(a.text), 0);
      expect(total).toBeGreaterThanOrEqual(size);
      expect(total - bytesOf(articles.at(-1)?.text ?? '')).toBeLessThan(size);
    }
  });

  it('generateArticles(n) writes articles of 2–4 KB with unique names', () => {
    const articles = generateArticles(200_000, 5);
    for (const article of articles) {
      expect(bytesOf(article.text)).toBeGreaterThanOrEqual(2_000);
      expect(bytesOf(article.text)).toBeLessThanOrEqual(4_500);
    }
    expect(new Set(articles.map((a) => a.name)).size).toBe(articles.length);
  });

  it('generateArticles(n) writes race reports: events, times, results lines, quotes', () => {
    const text = generateArticles(100_000, 9)
      .map((a) => a.text)
      .join('\n');
    expect(text).toMatch(/\b(?:100m|800m|1500m|5000m|10,000m|marathon)\b/);
    expect(text).toMatch(/\b\d:\d{2}\.\d{2}\b/);
    expect(text).toMatch(/\b\d:\d{2}:\d{2}\b/);
    expect(text).toMatch(/^1\. [A-Z][a-z]+ [A-Z][a-z]+ \([A-Z]{3}\) [\d:.]+$/m);
    expect(text).toMatch(/"[^"]+," said /);
    expect(text).toMatch(/\b(?:Kenyan|Norway's)\b/);
  });

  it('mulberry32(seed) is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    for (let i = 0; i < 1_000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
