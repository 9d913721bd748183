import type { SourceSpan } from '../../data/types';
import { findHighlight, type Highlight } from './findHighlight';

/**
 * A quote split for display: the article's words around the span (`before`, `after`), and the
 * quote itself split at the words that state the value (`head`, `match`, `tail`).
 */
export interface QuoteContext {
  before: string;
  head: string;
  match: string;
  tail: string;
  after: string;
}

/**
 * Splits a quote at what `highlight` finds in it. Without a highlight the whole quote is the
 * match (the span is the value); when the highlight finds nothing, nothing is marked.
 */
export function splitQuote(
  quote: string,
  highlight?: Highlight,
): Pick<QuoteContext, 'head' | 'match' | 'tail'> {
  if (highlight === undefined) return { head: '', match: quote, tail: '' };
  const hit = findHighlight(quote, highlight);
  if (hit === null) return { head: quote, match: '', tail: '' };
  return { head: quote.slice(0, hit[0]), match: quote.slice(hit[0], hit[1]), tail: quote.slice(hit[1]) };
}

// Enough context to read a sentence, not so much that a popover becomes an article.
const MAX_CONTEXT = 160;
const SENTENCE_BREAK = /[.!?…]["'”’)]?\s|\n/gu;
const SENTENCE_END = /[.!?…]["'”’)]?(?=\s|$)|\n/u;

function contextBefore(text: string, start: number): string {
  const from = Math.max(0, start - MAX_CONTEXT);
  let cut: number | null = null;
  for (const m of text.slice(from, start).matchAll(SENTENCE_BREAK)) cut = from + m.index + m[0].length;
  const before = text.slice(cut ?? from, start).trimStart();
  return cut === null && from > 0 ? `…${before}` : before;
}

// A quote that already ends its sentence needs no words after it.
const ENDS_SENTENCE = /[.!?…]["'”’)]?$/u;

function contextAfter(text: string, end: number): string {
  if (ENDS_SENTENCE.test(text.slice(Math.max(0, end - 2), end))) return '';
  const window = text.slice(end, end + MAX_CONTEXT);
  const m = SENTENCE_END.exec(window);
  if (m !== null) return window.slice(0, m[0] === '\n' ? m.index : m.index + m[0].length).trimEnd();
  return end + MAX_CONTEXT < text.length ? `${window.trimEnd()}…` : window.trimEnd();
}

/**
 * The sentence around a source span, split so the quote and the words in it that state the value
 * can be drawn apart, as text (never as HTML). When the article text is missing or no longer
 * matches the span, there is no context: only the quote.
 */
export function quoteContext(
  text: string | undefined,
  span: SourceSpan,
  highlight?: Highlight,
): QuoteContext {
  const parts = splitQuote(span.quote, highlight);
  if (text === undefined || text.slice(span.start, span.end) !== span.quote) {
    return { before: '', ...parts, after: '' };
  }
  return { before: contextBefore(text, span.start), ...parts, after: contextAfter(text, span.end) };
}
