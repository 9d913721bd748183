/** A stretch of quoted speech: offsets of the quotation including its marks. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/**
 * Finds quoted speech in normalised text (straight double quotes only, since normalisation made
 * curly ones straight). Each mark is read as opening or closing from its neighbours, so a text
 * with a missing opening mark does not turn the narration after it into a quote. A quote never
 * runs past the end of its paragraph.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    const opening = /[\s([{\-—:,]/.test(before) || i === 0;
    const closing = !opening || /[\s.,;:!?)\]}-]/.test(after) || i + 1 >= text.length;
    if (open >= 0 && text.slice(open, i).includes('\n')) open = -1;
    if (open < 0 && opening) open = i;
    else if (open >= 0 && closing) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

/** True when [start, end) lies inside any of the quotes. */
export function insideQuote(quotes: readonly QuoteSpan[], start: number, end: number): boolean {
  for (const q of quotes) if (start >= q.start && end <= q.end) return true;
  return false;
}
