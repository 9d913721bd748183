/**
 * What to highlight inside a quote: words (matched case-insensitively, as whole words), patterns,
 * or patterns with a test on the matched text ("an ordinal that means 4").
 */
export type HighlightNeedle = string | RegExp | { pattern: RegExp; accept: (match: string) => boolean };
export type Highlight = readonly HighlightNeedle[];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function toPattern(needle: HighlightNeedle): { pattern: RegExp; accept: (m: string) => boolean } {
  if (typeof needle === 'string') {
    // Whole words only, so "Brit" does not light up inside "Britain".
    const start = /^\w/u.test(needle) ? '\\b' : '';
    const end = /\w$/u.test(needle) ? '\\b' : '';
    return { pattern: new RegExp(`${start}${escape(needle)}${end}`, 'giu'), accept: () => true };
  }
  if (needle instanceof RegExp) return { pattern: needle, accept: () => true };
  return needle;
}

// Marking a whole sentence guides the eye nowhere; a short quote may be the value itself.
const WHOLE_QUOTE_LIMIT = 40;

/**
 * The first place in `quote` where any needle matches (the longest match on a tie), as
 * [start, end) offsets; null when nothing matches or no needle is given. A match covering the
 * whole of a sentence-long quote does not count.
 */
export function findHighlight(quote: string, highlight: Highlight): [number, number] | null {
  let best: [number, number] | null = null;
  for (const needle of highlight) {
    if (typeof needle === 'string' && needle.trim() === '') continue;
    const { pattern, accept } = toPattern(needle);
    const global = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    for (const m of quote.matchAll(global)) {
      if (m[0] === '' || !accept(m[0])) continue;
      if (m[0].length === quote.length && quote.length > WHOLE_QUOTE_LIMIT) continue;
      const hit: [number, number] = [m.index, m.index + m[0].length];
      if (best === null || hit[0] < best[0] || (hit[0] === best[0] && hit[1] > best[1])) best = hit;
      break;
    }
  }
  return best;
}
