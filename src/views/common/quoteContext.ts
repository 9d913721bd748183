import type { SourceSpan } from '../../data/types';

/** A quote split for display: the words around the span, and the span itself. */
export interface QuoteContext {
  before: string;
  match: string;
  after: string;
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

function contextAfter(text: string, end: number): string {
  const window = text.slice(end, end + MAX_CONTEXT);
  const m = SENTENCE_END.exec(window);
  if (m !== null) return window.slice(0, m[0] === '\n' ? m.index : m.index + m[0].length).trimEnd();
  return end + MAX_CONTEXT < text.length ? `${window.trimEnd()}…` : window.trimEnd();
}

/**
 * The sentence around a source span, split into before / match / after so the matched words can
 * be highlighted as text (never as HTML). When the article text is missing or no longer matches
 * the span, the quote alone is returned as the match.
 */
export function quoteContext(text: string | undefined, span: SourceSpan): QuoteContext {
  if (text === undefined || text.slice(span.start, span.end) !== span.quote) {
    return { before: '', match: span.quote, after: '' };
  }
  return { before: contextBefore(text, span.start), match: span.quote, after: contextAfter(text, span.end) };
}
